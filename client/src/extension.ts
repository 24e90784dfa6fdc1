export function activate(): void { /* stub */ }
