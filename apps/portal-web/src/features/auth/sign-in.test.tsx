import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { RequestMagicLinkDocument } from '@clientflow/graphql-types/portal';
import { renderApp } from '../../test/render-app.test-kit';

function requestMock(email: string, answer: jest.Mock = jest.fn(() => ({ data: { requestMagicLink: true } }))) {
  return { request: { query: RequestMagicLinkDocument, variables: { email } }, result: answer, maxUsageCount: 5 };
}

async function submitEmail(email: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(/email address/i), email);
  await user.click(screen.getByRole('button', { name: 'Send me a sign-in link' }));
  return user;
}

describe('sign-in page', () => {
  it('shows the same confirmation whether or not the email has portal access', async () => {
    const texts: string[] = [];
    for (const email of ['ana@acme.test', 'nobody@nowhere.test']) {
      const view = await renderApp({ path: '/sign-in', mocks: [requestMock(email)] });
      await submitEmail(email);
      const confirmation = await screen.findByRole('status');
      expect(confirmation).toHaveTextContent(
        'If this email has portal access, a link is on its way. It expires in 15 minutes.',
      );
      texts.push(confirmation.textContent!.replace(email, '<email>'));
      view.unmount();
    }
    expect(texts[0]).toBe(texts[1]);
  });

  it('sends the trimmed, lower-cased address', async () => {
    const answer = jest.fn(() => ({ data: { requestMagicLink: true } }));
    await renderApp({ path: '/sign-in', mocks: [requestMock('ana@acme.test', answer)] });
    await submitEmail('  Ana@Acme.TEST ');
    expect(await screen.findByText('Check your email')).toBeInTheDocument();
    expect(answer).toHaveBeenCalledTimes(1);
  });

  it('validates the email format before asking the server', async () => {
    const answer = jest.fn(() => ({ data: { requestMagicLink: true } }));
    await renderApp({ path: '/sign-in', mocks: [requestMock('ana@acme', answer)] });
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Send me a sign-in link' }));
    expect(await screen.findByText('Enter your email address')).toBeInTheDocument();

    await user.type(screen.getByLabelText(/email address/i), 'ana@acme');
    await user.click(screen.getByRole('button', { name: 'Send me a sign-in link' }));
    expect(await screen.findByText('Enter a valid email address, like name@company.com')).toBeInTheDocument();
    expect(answer).not.toHaveBeenCalled();
    expect(screen.queryByText('Check your email')).not.toBeInTheDocument();
  });

  it('shows the server message when sign-in requests are rate limited', async () => {
    const message = 'Too many sign-in requests. Try again in 10 minutes.';
    await renderApp({
      path: '/sign-in',
      mocks: [
        requestMock(
          'ana@acme.test',
          jest.fn(() => ({ errors: [new GraphQLError(message, { extensions: { code: 'RATE_LIMITED' } })] })),
        ),
      ],
    });
    await submitEmail('ana@acme.test');
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.queryByText('Check your email')).not.toBeInTheDocument();
  });

  it('lets the contact resend only after a cooldown', async () => {
    jest.useFakeTimers();
    try {
      const answer = jest.fn(() => ({ data: { requestMagicLink: true } }));
      await renderApp({ path: '/sign-in', mocks: [requestMock('ana@acme.test', answer)] });
      const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
      await user.type(screen.getByLabelText(/email address/i), 'ana@acme.test');
      await user.click(screen.getByRole('button', { name: 'Send me a sign-in link' }));

      expect(await screen.findByRole('button', { name: 'Resend in 60s' })).toBeDisabled();
      await act(async () => {
        jest.advanceTimersByTime(60_000);
      });
      await user.click(screen.getByRole('button', { name: 'Resend link' }));

      expect(await screen.findByText('We asked for another link. Use the most recent email.')).toBeInTheDocument();
      expect(answer).toHaveBeenCalledTimes(2);
      expect(screen.getByRole('button', { name: 'Resend in 60s' })).toBeDisabled();
    } finally {
      jest.useRealTimers();
    }
  });

  it('switches the page to Portuguese from the language picker', async () => {
    await renderApp({ path: '/sign-in' });
    const user = userEvent.setup();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'pt');

    expect(screen.getByRole('heading', { name: 'Entre no seu portal' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Enviar link de acesso' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('pt');
    expect(window.localStorage.getItem('clientflow.portal.locale')).toBe('pt');
  });
});
