
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'channel-label': str`Newsletter przez ${0}`,
'confirmation': str`Subskrypcja przez ${0} jest aktywna. Dziękujemy!`,
'heading': `Otrzymuj nasze nowości w swoim komunikatorze`,
'loading': `Ładowanie…`,
'notice-double-opt-in': str`Twój komunikator otworzy się z wiadomością „${0}” gotową do wysłania. Zapiszesz się dopiero wtedy, gdy ją wyślesz.`,
'notice-instagram': str`W aplikacji Instagram wpisz „${0}” samodzielnie.`,
'notice-sender': str`${0} wysyła Ci nowości przez komunikator, który wybierzesz.`,
'notice-sender-topic': str`${0} wysyła Ci nowości przez komunikator, który wybierzesz: ${1}.`,
'notice-telegram': `W aplikacji Telegram dotknij przycisku Rozpocznij.`,
'notice-withdrawal': str`Aby się wypisać, wyślij w dowolnym momencie „${0}” na tym samym czacie.`,
'opens-in-new-tab': `(otwiera się w nowej karcie)`,
'privacy-close': `Zamknij informacje o prywatności`,
'privacy-controller': str`Administratorem danych w związku z tym newsletterem jest ${0}. Dane kontaktowe administratora znajdziesz w polityce prywatności.`,
'privacy-data': `Gdy się zapiszesz, Twój numer telefonu lub identyfikator użytkownika w komunikatorze, nazwa profilu przekazana przez komunikator oraz Twoje wiadomości wraz z datą i godziną są przetwarzane w celu wysyłania Ci tego newslettera. Podstawą prawną jest Twoja zgoda, zgodnie z art. 6 ust. 1 lit. a) RODO.`,
'privacy-full-policy-link': `Przeczytaj pełną politykę prywatności`,
'privacy-heading': `Prywatność w skrócie`,
'privacy-policy-link': `Polityka prywatności`,
'privacy-provider': `Dostawca komunikatora (Meta w przypadku aplikacji WhatsApp, Messenger i Instagram; Telegram w przypadku aplikacji Telegram) również przetwarza te dane zgodnie z własnymi warunkami, potencjalnie poza UE.`,
'privacy-retention': `Twoje dane są przechowywane do chwili wypisania się, a następnie zgodnie z polityką prywatności.`,
'privacy-rights': str`Zapisanie się jest dobrowolne. W każdej chwili możesz wycofać zgodę, wysyłając „${0}” na czacie. Masz prawo dostępu do swoich danych, ich sprostowania i usunięcia, prawo sprzeciwu oraz prawo wniesienia skargi do organu nadzorczego ds. ochrony danych.`,
'privacy-toggle-label': `Informacje o prywatności`,
'privacy-widget': `Ten moduł zapisu nie ustawia plików cookie, nie przechowuje niczego na Twoim urządzeniu i nie wczytuje treści od podmiotów trzecich. Sam wybór komunikatora nie zapisuje Cię do newslettera.`,
'qr-close': `Zamknij kod QR`,
'qr-code-label': str`Kod QR otwierający aplikację ${0}`,
'qr-heading': str`Kontynuuj na telefonie w aplikacji ${0}`,
'qr-instruction': str`Zeskanuj kod aparatem w swoim telefonie. Otworzy się tam aplikacja ${0}, a zapiszesz się dopiero wtedy, gdy wyślesz wiadomość.`,
'qr-open-here': str`Zamiast tego otwórz aplikację ${0} na tym komputerze`,
'save-contact': `Zapisz nasz numer WhatsApp w kontaktach`,
    };
  