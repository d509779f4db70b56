/**
 * Hands the browser a file to save under `name`. Nothing leaves the device: the file is made here, from
 * memory, and saved through a hidden link.
 */
export function saveFile(data: BlobPart, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: a browser may start reading the file after click() has returned, and a
  // large PDF on a slow device can take a while.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
