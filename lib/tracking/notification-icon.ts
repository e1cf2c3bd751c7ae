/**
 * The notification icon, inline: Chrome refuses a basic notification without `iconUrl` and the project ships no
 * icon files yet. A 48 px clock face, 274 bytes as PNG (data URLs are accepted by chrome.notifications).
 */
export const NOTIFICATION_ICON_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAA2UlEQVR42u2aUQ6AIAxDOYfX9NLeQi9g4uZa6Bqa+MnShwTYxhhbRjrO6458LU3LwVSNLwNBG58KEjHwpSUQVdN/YejmUaJBsI1HQaAAbMEAquaRY9MQiJlHj09BIJYNI8bUdc+IEYJg7fGoONN2HeZhR599JEDqL7QGQB9azFivEOgTlx1vAyDu/ZU8YgPYA2QhJAGYeYI/gBJE+D7UBWDKXUgCQAEindSoA0iWUuCJvSqAdEFLsjbUvjq31LxFcbd9ed2iwWHRYrJp8lm0WW0a3TZPDbaKegDS1jQV1U89BgAAAABJRU5ErkJggg==';
