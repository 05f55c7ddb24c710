import { closeSync, openSync, writeSync } from 'node:fs';
import type { GrayImage } from './gray-image.ts';

/**
 * Writes frames as a YUV4MPEG2 file, what Chromium's `--use-file-for-fake-video-capture` plays
 * (in a loop) as the camera: 4:2:0, grey (chroma at 128), `fps` frames a second.
 */
export function writeY4m(file: string, frames: GrayImage[], fps: number): void {
  const first = frames[0];
  if (!first) throw new Error('A Y4M file needs at least one frame.');
  const { width, height } = first;
  const chroma = new Uint8Array((width / 2) * (height / 2) * 2).fill(128);
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, `YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
    for (const frame of frames) {
      if (frame.width !== width || frame.height !== height) throw new Error('Every Y4M frame must have the same size.');
      writeSync(fd, 'FRAME\n');
      writeSync(fd, frame.data);
      writeSync(fd, chroma);
    }
  } finally {
    closeSync(fd);
  }
}
