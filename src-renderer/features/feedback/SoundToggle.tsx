import { useSoundSettings } from '../../stores/sound-settings';

/** The mute switch in the top bar: "Sounds" on or off, kept on this laptop. */
export function SoundToggle() {
  const { muted, setMuted } = useSoundSettings();
  return (
    <label className="sound-toggle">
      <input type="checkbox" role="switch" checked={!muted} onChange={(e) => setMuted(!e.target.checked)} />
      Sounds
    </label>
  );
}
