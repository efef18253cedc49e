// The words of the error box shown when the desktop app cannot start.
import { describe, expect, it } from 'vitest';
import { startFailureMessage } from '../../../electron/main/start-failure';

describe('startFailureMessage', () => {
  it('says in the UI language that Newsdesk could not start, with the failure itself', () => {
    const error = new Error("EPERM: operation not permitted, rename 'config.json'");
    expect(startFailureMessage('vi', error)).toEqual({
      title: 'Newsdesk không khởi động được',
      content: expect.stringMatching(/^Newsdesk sẽ đóng lại[^]*\n\nEPERM: operation not permitted/),
    });
    expect(startFailureMessage('en', error).title).toBe('Newsdesk could not start');
    expect(startFailureMessage('en', error).content).toContain(error.message);
  });

  it('names a failure thrown as something other than an Error', () => {
    expect(startFailureMessage('en', 'disk full').content.endsWith('\n\ndisk full')).toBe(true);
  });
});
