export function App() {
  return <main>SLA Overlay settings</main>;
}
