/** What is wrong with a settings form, in plain words, announced when it appears. */
export function FormErrors({ errors }: { errors: Partial<Record<string, string>> }) {
  const messages = Object.values(errors).filter((m): m is string => Boolean(m));
  if (messages.length === 0) return null;
  return (
    <div role="alert" className="error">
      <p>Nothing was saved yet:</p>
      <ul>
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}
