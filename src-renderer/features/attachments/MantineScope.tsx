import type { ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
// Only the styles these components use, not Mantine's global reset: the rest of the app keeps its
// own look until it adopts Mantine as a whole (then this provider gives way to the app's).
import '@mantine/core/styles/default-css-variables.css';
import '@mantine/core/styles/UnstyledButton.css';
import '@mantine/core/styles/Button.css';
import '@mantine/core/styles/CloseButton.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/Paper.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Group.css';
import '@mantine/core/styles/Stack.css';
import '@mantine/core/styles/Text.css';
import '@mantine/core/styles/Title.css';
import '@mantine/core/styles/Input.css';
import '@mantine/core/styles/Alert.css';
import '@mantine/core/styles/Loader.css';
import '@mantine/core/styles/VisuallyHidden.css';
import './attachments.css';

/** Mantine for the attachments feature alone (the app has no MantineProvider of its own yet). */
export function MantineScope({ children }: { children: ReactNode }) {
  return <MantineProvider>{children}</MantineProvider>;
}
