// Every piece of text that enters an exported page goes through here: text content and attribute values
// alike, so nothing the reporter typed or pasted can ever become markup.
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => entities[char]!);
}
