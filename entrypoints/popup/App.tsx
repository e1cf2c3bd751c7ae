export function App() {
  return <main>SLA Overlay</main>;
}
