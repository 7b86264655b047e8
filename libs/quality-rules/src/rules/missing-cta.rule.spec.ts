import { LanguageCode } from '../content-under-review';
import { LANGUAGE_PROFILES } from '../languages/language-profiles';
import { hasCallToAction } from './missing-cta.rule';

const cta = (language: LanguageCode, text: string) => hasCallToAction(text, LANGUAGE_PROFILES[language]);

describe('missing_cta', () => {
  it.each([
    ['en', 'Grab yours before it sells out.'],
    ['en', 'Free shipping all week.\n✨ Order yours now.'],
    ['de', 'Versandkostenfrei bis Sonntag. 👉 Sichern Sie sich Ihre Jacke.'],
    ['es', 'Envío gratis este fin de semana → Pide la tuya ya.'],
    ['en', 'Treat yourself this winter.'],
    ['en', 'Add it to your cart now.'],
    ['es', 'Hazte con la tuya.'],
    ['es', '¡Llévatela hoy!'],
    ['es', 'Aprovecha la oferta.'],
    ['de', 'Sichern Sie sich Ihre Matte.'],
    ['de', 'Hol dir die neue Farbe.'],
    ['de', 'Jetzt in allen Farben entdecken.'],
    ['fr', 'Offrez-vous ce plaisir.'],
    ['fr', 'Profitez-en : ajoutez-la à votre panier.'],
    ['ja', '在庫がなくなる前に、今すぐカートへ。'],
    ['ja', 'ぜひお試しください。'],
  ] as const)('recognises a call to action in %s: %s', (language, text) => {
    expect(cta(language, text)).toBe(true);
  });

  it.each([
    ['en', 'Snap it on and keep going. Quality you can feel.'],
    ['en', 'Every buyer loves it; your order ships fast.'],
    ['es', 'Su pedido llega rápido. Prográmalo y olvídate.'],
    ['de', 'Spüren Sie festen Halt. Ihre Bestellung ist sicher.'],
    ['de', 'Leises Summen, sichere Griffe.'],
    ['fr', 'Si vous commandez avant midi, la commande part le jour même.'],
    ['ja', 'ご家庭にもオフィスにもおすすめです。'],
  ] as const)(
    'does not take nouns, indicatives or usage instructions for a call to action (%s)',
    (language, text) => {
      expect(cta(language, text)).toBe(false);
    },
  );

  it.each([
    ['es', 'Rebajas de primavera: correa gratis esta semana, ¡aprovecha!'],
    ['en', 'Find your balance on a mat that stays put. Roll it out and discover the difference.'],
    ['en', 'Watch their eyes light up. Bring the magic home now.'],
    ['fr', 'Livraison offerte cette semaine, profitez-en.'],
    ['de', 'Nur bis Sonntag, sichere dir dein Paket.'],
  ] as const)('finds a call to action after a comma or a conjunction (%s %j)', (language, text) => {
    expect(cta(language, text)).toBe(true);
  });
});
