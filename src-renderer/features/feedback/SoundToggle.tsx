import { Switch } from '@mantine/core';
import { useSoundSettings } from '../../stores/sound-settings';

/** The mute switch in the sidebar: "Sounds" on or off, kept on this laptop. */
export function SoundToggle() {
  const { muted, setMuted } = useSoundSettings();
  return <Switch label="Sounds" checked={!muted} onChange={(e) => setMuted(!e.currentTarget.checked)} />;
}
