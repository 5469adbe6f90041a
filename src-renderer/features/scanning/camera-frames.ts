/** Frames wider than this are scaled down before decoding: labels stay readable, a frame's decode stays short. */
const maxFrameWidth = 1280;

/**
 * Hands `decode` every frame of `video` it can keep up with: one frame at a time, the next one
 * taken when the last decode has finished (frames that arrive meanwhile are skipped, never
 * queued). Uses requestVideoFrameCallback where there is one (a callback per new video frame),
 * requestAnimationFrame otherwise. Returns a function that stops it.
 */
export function startFrameLoop(video: HTMLVideoElement, decode: (frame: ImageData) => Promise<void>): () => void {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  let stopped = false;
  let busy = false;
  const next = () => {
    if (stopped) return;
    if ('requestVideoFrameCallback' in video) video.requestVideoFrameCallback(tick);
    else requestAnimationFrame(tick);
  };
  const tick = () => {
    if (stopped) return;
    if (!busy && context && video.videoWidth > 0 && video.videoHeight > 0) {
      const scale = Math.min(1, maxFrameWidth / video.videoWidth);
      canvas.width = Math.round(video.videoWidth * scale);
      canvas.height = Math.round(video.videoHeight * scale);
      context.drawImage(video, 0, 0, canvas.width, canvas.height);
      busy = true;
      void decode(context.getImageData(0, 0, canvas.width, canvas.height)).finally(() => (busy = false));
    }
    next();
  };
  next();
  return () => {
    stopped = true;
  };
}
