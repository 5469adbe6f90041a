import type { ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
// Only the styles these components use, not Mantine's global reset: the rest of the app keeps its
// look until the design system's app shell (branch `design`) gives every screen its provider; then
// this scope gives way to it.
import '@mantine/core/styles/default-css-variables.css';
import '@mantine/core/styles/UnstyledButton.css';
import '@mantine/core/styles/Button.css';
import '@mantine/core/styles/Loader.css';
import '@mantine/core/styles/Input.css';
import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/Group.css';
import '@mantine/core/styles/Stack.css';
import '@mantine/core/styles/Text.css';
import '@mantine/core/styles/Title.css';
import '@mantine/core/styles/Paper.css';
import './scanning.css';

/** Mantine for the scanning screens alone (the app has no MantineProvider of its own yet). */
export function MantineScope({ children }: { children: ReactNode }) {
  return <MantineProvider>{children}</MantineProvider>;
}
