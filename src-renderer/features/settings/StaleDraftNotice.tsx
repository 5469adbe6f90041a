/** Shown over a settings form being edited when another device saved a newer version meanwhile. */
export function StaleDraftNotice() {
  return (
    <p className="notice" role="status">
      A newer version was saved on another device while you were editing. Saving yours makes it the one in force.
    </p>
  );
}
