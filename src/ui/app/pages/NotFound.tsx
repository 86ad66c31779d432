import { Link } from "wouter";

export function NotFound() {
  return (
    <main id="main" className="page">
      <h1>Page not found</h1>
      <p>
        <Link href="/">Back to the projects</Link>
      </p>
    </main>
  );
}
