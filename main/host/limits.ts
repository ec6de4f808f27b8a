/** The largest call body the host reads (POST /api/<channel>); a larger one is refused with TOO_LARGE. */
export const maxBodyBytes = 1024 * 1024;

/** Where the page opens its call socket (main/host/socket.ts). */
export const socketPath = '/api/socket';

/** A socket message over this closes the socket: the call body plus the envelope's id and channel. */
export const maxSocketMessageBytes = maxBodyBytes + 4096;
