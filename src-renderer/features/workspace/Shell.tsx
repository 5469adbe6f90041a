import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { AppShell, Badge, Burger, Group, Kbd, NavLink, ScrollArea, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { spotlight } from '@mantine/spotlight';
import { Search } from 'lucide-react';
import { useSession } from '../../host/api-context';
import { SyncIndicator } from '../sync-status/SyncIndicator';
import { ConflictsLink } from '../conflicts/ConflictsLink';
import { useOpenConflicts } from '../conflicts/use-open-conflicts';
import { SoundToggle } from '../feedback/SoundToggle';
import { CommandPalette } from './CommandPalette';
import { UserMenu } from './UserMenu';
import { isWithin, screensFor } from './screens';

/** The frame every screen plugs into: the top bar (search, sync, user), the sidebar, and Ctrl+K. */
export function Shell({ onSignOut, children }: { onSignOut: () => void; children: ReactNode }) {
  const [navOpen, { toggle, close }] = useDisclosure(false);
  const [location] = useLocation();
  const { user } = useSession();
  const toReview = useOpenConflicts().length;

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 216, breakpoint: 'sm', collapsed: { mobile: !navOpen } }} padding="md">
      <AppShell.Header className="fd-header">
        <Group h="100%" px="md" gap="md" wrap="nowrap">
          <Burger opened={navOpen} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={navOpen ? 'Hide the menu' : 'Show the menu'} />
          <Text component={Link} href="/" fw={700} size="lg" className="fd-brand">
            FieldDesk
          </Text>
          <UnstyledButton className="fd-search" onClick={() => spotlight.open()} aria-label="Search: go to a work order, an asset or a screen (Ctrl+K)">
            <Search size={16} aria-hidden />
            <span className="fd-search-text">Search work orders, assets, screens</span>
            <Kbd size="xs" aria-hidden>Ctrl K</Kbd>
          </UnstyledButton>
          <div className="fd-header-end">
            <ConflictsLink />
            <SyncIndicator />
            <UserMenu onSignOut={onSignOut} />
          </div>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Screens" className="fd-navbar">
        <AppShell.Section grow component={ScrollArea}>
          {screensFor(user.role)
            .filter((s) => !s.paletteOnly)
            .map((screen) => (
              <NavLink
                key={screen.path}
                component={Link}
                href={screen.path}
                label={screen.label}
                leftSection={screen.icon}
                active={isWithin(screen, location)}
                aria-current={isWithin(screen, location) ? 'page' : undefined}
                onClick={close}
                rightSection={
                  screen.path === '/conflicts' && toReview > 0 ? (
                    <Badge size="sm" color="orange" variant="filled" aria-label={`${toReview} to review`}>
                      {toReview}
                    </Badge>
                  ) : undefined
                }
              />
            ))}
        </AppShell.Section>
        <AppShell.Section p="xs">
          <SoundToggle />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main className="fd-main">{children}</AppShell.Main>
      <CommandPalette />
    </AppShell>
  );
}
