import {str, type MsgFn} from '@lit/localize';

// Every visible text of the element. Each function takes the instance's translator, so two
// widgets on one page can show two languages. Curly quotes around keywords are part of the
// message, because quotation marks differ by language.

export const headingText = (t: MsgFn) =>
  t('Get our news in your messenger', {
    id: 'heading',
    desc: 'Heading of the sign-up widget, above the messenger buttons.',
  });

export const channelLabel = (t: MsgFn, channelName: string) =>
  t(str`Newsletter via ${channelName}`, {
    id: 'channel-label',
    desc: 'Label of one messenger button. The value is a brand name such as WhatsApp or Telegram.',
  });

export const opensInNewTab = (t: MsgFn) =>
  t('(opens in a new tab)', {
    id: 'opens-in-new-tab',
    desc: 'Hidden hint read by screen readers after a messenger button label.',
  });

export const noticeSenderWithTopic = (t: MsgFn, businessName: string, topic: string) =>
  t(str`${businessName} sends you news via the messenger you choose: ${topic}.`, {
    id: 'notice-sender-topic',
    desc: 'First sentence of the consent notice. Values: the business name, then what subscribers receive, e.g. "product news, about twice a month".',
  });

export const noticeSender = (t: MsgFn, businessName: string) =>
  t(str`${businessName} sends you news via the messenger you choose.`, {
    id: 'notice-sender',
    desc: 'First sentence of the consent notice when no topic is configured. The value is the business name.',
  });

export const noticeDoubleOptIn = (t: MsgFn, keyword: string) =>
  t(str`Your messenger opens with the message “${keyword}” ready to send. You subscribe only when you send it.`, {
    id: 'notice-double-opt-in',
    desc: 'Consent notice: explains the double opt-in. The value is the start keyword, e.g. Start. Keep the meaning exact: clicking alone does not subscribe.',
  });

export const noticeTelegram = (t: MsgFn) =>
  t('In Telegram, tap Start.', {
    id: 'notice-telegram',
    desc: 'Consent notice, shown when Telegram is offered: Telegram shows a START button instead of a prefilled message. "Start" is the button as Telegram labels it in the visitor\'s language.',
  });

export const noticeInstagram = (t: MsgFn, keyword: string) =>
  t(str`In Instagram, type “${keyword}” yourself.`, {
    id: 'notice-instagram',
    desc: 'Consent notice, shown when Instagram is offered: Instagram cannot prefill a message. The value is the start keyword.',
  });

export const noticeWithdrawal = (t: MsgFn, stopKeyword: string) =>
  t(str`Send “${stopKeyword}” in the same chat at any time to unsubscribe.`, {
    id: 'notice-withdrawal',
    desc: 'Consent notice: how to withdraw consent. The value is the stop keyword, e.g. Stop.',
  });

export const privacyPolicyLink = (t: MsgFn) =>
  t('Privacy policy', {
    id: 'privacy-policy-link',
    desc: 'Link text to the site owner\'s full privacy policy, at the end of the consent notice.',
  });

export const privacyToggleLabel = (t: MsgFn) =>
  t('Privacy information', {
    id: 'privacy-toggle-label',
    desc: 'Accessible name of the "?" button that opens the privacy panel, and of the panel itself.',
  });

export const privacyPanelHeading = (t: MsgFn) =>
  t('Privacy at a glance', {
    id: 'privacy-heading',
    desc: 'Heading inside the privacy panel.',
  });

export const privacyController = (t: MsgFn, businessName: string) =>
  t(str`${businessName} is responsible for this newsletter. Their contact details are in the privacy policy.`, {
    id: 'privacy-controller',
    desc: 'Privacy panel: who is the data controller. The value is the business name.',
  });

export const privacyData = (t: MsgFn) =>
  t('When you subscribe, your phone number or messenger user ID, your profile name as the messenger provides it, and your messages with their times are processed to send you this newsletter. The legal basis is your consent (GDPR Art. 6(1)(a)).', {
    id: 'privacy-data',
    desc: 'Privacy panel: which data are processed, why, and the legal basis. Keep the GDPR article reference.',
  });

export const privacyProvider = (t: MsgFn) =>
  t('The messenger provider (Meta for WhatsApp, Messenger and Instagram; Telegram for Telegram) also processes these data under its own terms, possibly outside the EU.', {
    id: 'privacy-provider',
    desc: 'Privacy panel: the messenger provider is a further recipient and may process data outside the EU.',
  });

export const privacyWidget = (t: MsgFn) =>
  t('This sign-up box sets no cookies, stores nothing on your device and loads no content from third parties. Choosing a messenger alone does not subscribe you.', {
    id: 'privacy-widget',
    desc: 'Privacy panel: what the widget itself does on the page.',
  });

export const privacyRetention = (t: MsgFn) =>
  t('Your data are kept until you unsubscribe, then as the privacy policy describes.', {
    id: 'privacy-retention',
    desc: 'Privacy panel: how long data are kept.',
  });

export const privacyRights = (t: MsgFn, stopKeyword: string) =>
  t(str`Signing up is voluntary. Send “${stopKeyword}” in the chat at any time to withdraw your consent. You have the right to access, correct and erase your data, to object, and to complain to a data protection supervisory authority.`, {
    id: 'privacy-rights',
    desc: 'Privacy panel: voluntariness, withdrawal and data-subject rights. The value is the stop keyword.',
  });

export const privacyFullPolicyLink = (t: MsgFn) =>
  t('Read the full privacy policy', {
    id: 'privacy-full-policy-link',
    desc: 'Link at the end of the privacy panel to the site owner\'s privacy policy.',
  });

export const closePanelLabel = (t: MsgFn) =>
  t('Close privacy information', {
    id: 'privacy-close',
    desc: 'Accessible name of the close button inside the privacy panel.',
  });

export const confirmationText = (t: MsgFn, channelName: string) =>
  t(str`You are subscribed via ${channelName}. Thank you!`, {
    id: 'confirmation',
    desc: 'Shown once the backend reports that the visitor\'s start message arrived. The value is a brand name such as WhatsApp.',
  });

export const loadingText = (t: MsgFn) =>
  t('Loading…', {
    id: 'loading',
    desc: 'Hidden text for screen readers while the widget loads its configuration.',
  });

export const saveContact = (t: MsgFn) =>
  t('Save our WhatsApp number as a contact', {
    id: 'save-contact',
    desc: 'Link that downloads a contact card (vCard) with the business name and WhatsApp number, the usual first step before writing to a business on WhatsApp.',
  });

export const qrHeading = (t: MsgFn, channelName: string) =>
  t(str`Continue on your phone with ${channelName}`, {
    id: 'qr-heading',
    desc: 'Heading above the QR code shown on computers after choosing a messenger. The value is a brand name such as WhatsApp.',
  });

export const qrCodeLabel = (t: MsgFn, channelName: string) =>
  t(str`QR code that opens ${channelName}`, {
    id: 'qr-code-label',
    desc: 'Accessible name of the QR code image. The value is a brand name such as WhatsApp.',
  });

export const qrInstruction = (t: MsgFn, channelName: string) =>
  t(str`Scan the code with your phone's camera. ${channelName} opens there, and you subscribe by sending the message.`, {
    id: 'qr-instruction',
    desc: 'Instruction below the QR code. The value is a brand name such as WhatsApp. Keep the meaning: only sending the message subscribes.',
  });

export const qrOpenHere = (t: MsgFn, channelName: string) =>
  t(str`Open ${channelName} on this computer instead`, {
    id: 'qr-open-here',
    desc: 'Link below the QR code that opens the messenger on the computer. The value is a brand name such as WhatsApp.',
  });

export const qrCloseLabel = (t: MsgFn) =>
  t('Close QR code', {
    id: 'qr-close',
    desc: 'Accessible name of the close button of the QR code panel.',
  });
