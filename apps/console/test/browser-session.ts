import AxeBuilder from '@axe-core/playwright';
import { expect, Page } from '@playwright/test';

/** Signs in on the sign-in screen with the keyboard alone (it opens with the e-mail field focused). */
export async function signInWithKeyboard(page: Page, who: { email: string; password: string }) {
  await expect(page.getByLabel('E-mail')).toBeFocused();
  await page.keyboard.type(who.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(who.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/** axe-core finds no serious or critical violation on the screen as it is now. */
export async function expectAccessible(page: Page, screen: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect({ screen, serious: serious.map((violation) => `${violation.id}: ${violation.help}`) }).toEqual({
    screen,
    serious: [],
  });
}
