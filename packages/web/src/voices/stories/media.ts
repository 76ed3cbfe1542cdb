/**
 * A story's photo or recording, read in the browser to go inside the story's JSON (base64). The server
 * decides what the file is from its bytes and refuses anything else (415) or anything over 5 MB (413);
 * the size is checked here first only to spare a long upload that would be refused.
 */
export const MAX_MEDIA_BYTES = 5 * 1024 * 1024;

/** What the file picker offers: the photos and recordings the server accepts. */
export const MEDIA_ACCEPT =
  'image/jpeg,image/png,image/webp,audio/mpeg,audio/mp4,audio/x-m4a,audio/ogg,audio/webm,audio/wav,audio/x-wav,.jpg,.jpeg,.png,.webp,.mp3,.m4a,.ogg,.oga,.webm,.wav';

/** The file's bytes as base64 (without the `data:` prefix FileReader adds). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}
