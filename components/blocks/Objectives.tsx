export function Objectives({ items }: { items: readonly string[] }) {
  return (
    <section className="block objectives" aria-labelledby="objectives-title">
      <h2 id="objectives-title" className="block__label">
        In this lesson you will
      </h2>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
