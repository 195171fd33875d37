/** German texts of the staff account administration. `accounts-en.ts` has the same keys. */
export const accountsDe = {
  list: {
    title: "Mitarbeitende",
    intro:
      "Konten der Mitarbeitenden, ihre Rollen und ihr Anmeldestand. Neue Konten bekommen ein Einmal-Passwort, das Sie der Person persönlich übergeben.",
    create: "Neues Konto anlegen",
    caption: (n: number) => (n === 1 ? "1 Konto" : `${n} Konten`),
    empty: "Es gibt noch keine Konten.",
    name: "Name",
    username: "Benutzername",
    roles: "Rollen",
    secondFactor: "Zweiter Faktor",
    locked: "Anmeldung verzögert",
    active: "Aktiv",
    lastSignIn: "Letzte Anmeldung",
    never: "noch nie",
    yes: "ja",
    no: "nein",
    lockedUntil: (time: string) => `bis ${time}`,
    factorEnrolled: "eingerichtet",
    factorPending: "verlangt, noch nicht eingerichtet",
    factorNone: "nein",
  },
  form: {
    createTitle: "Neues Konto anlegen",
    editTitle: (name: string) => `Konto von ${name}`,
    username: "Benutzername",
    usernameHint:
      "Kleinbuchstaben, Ziffern, Punkt, Bindestrich oder Unterstrich; 2 bis 40 Zeichen, z. B. m.mueller",
    usernameFixed: "Der Benutzername kann nicht geändert werden.",
    displayName: "Name",
    displayNameHint: "So erscheint die Person in der Verwaltung, z. B. Maria Müller",
    roles: "Rollen",
    rolesHint: "Eine Person kann mehrere Rollen haben; sie darf dann alles, was eine ihrer Rollen darf.",
    places: "Arbeitsorte",
    placesHint:
      "Tagesansicht, Schalter und Wartemarken sieht die Person nur für diese Orte. Administration arbeitet überall.",
    secondFactor: "Zweiter Faktor",
    secondFactorLabel: "Anmeldung mit zweitem Faktor (Authenticator-App) verlangen",
    secondFactorHint: "Für die Rolle Administration ist der zweite Faktor immer vorgeschrieben.",
    active: "Zugang",
    activeLabel: "Konto ist aktiv",
    activeHint: "Ein deaktiviertes Konto kann sich nicht anmelden; laufende Sitzungen enden sofort.",
    submitCreate: "Konto anlegen",
    submitEdit: "Änderungen speichern",
    cancel: "Zurück zur Liste",
    status: "Anmeldestand",
    statusFactor: "Zweiter Faktor",
    statusLocked: "Verzögerung",
    notLocked: "keine",
    lockedUntil: (time: string) => `nach Fehlversuchen muss die nächste Anmeldung bis ${time} warten`,
    unlock: "Verzögerung aufheben",
    reset: "Passwort zurücksetzen",
    resetIntro:
      "Wenn die Person ihr Passwort vergessen oder ihr Telefon verloren hat, bekommt sie ein neues Einmal-Passwort.",
  },
  problems: {
    usernameMissing: "Bitte geben Sie einen Benutzernamen ein.",
    usernameInvalid:
      "Der Benutzername darf nur Kleinbuchstaben, Ziffern, Punkt, Bindestrich und Unterstrich enthalten, muss mit einem Buchstaben oder einer Ziffer beginnen und 2 bis 40 Zeichen lang sein.",
    usernameTaken: "Dieser Benutzername ist schon vergeben. Bitte wählen Sie einen anderen.",
    displayNameMissing: "Bitte geben Sie den Namen der Person ein.",
    displayNameTooLong: "Der Name darf höchstens 100 Zeichen lang sein.",
    displayNameInvalidCharacters: "Der Name enthält unsichtbare Steuerzeichen. Bitte geben Sie ihn neu ein.",
    rolesMissing: "Bitte wählen Sie mindestens eine Rolle.",
    rolesInvalid: "Bitte wählen Sie nur Rollen aus der Liste.",
    placesMissing: "Bitte wählen Sie mindestens einen Ort, an dem die Person arbeitet.",
    placesInvalid: "Bitte wählen Sie nur Orte aus der Liste.",
    ownAdministrator:
      "Sie können sich die Rolle Administration nicht selbst entziehen. Bitten Sie eine andere Person mit dieser Rolle darum.",
    ownDeactivation: "Sie können Ihr eigenes Konto nicht deaktivieren.",
    scopeMissing: "Bitte wählen Sie, was zurückgesetzt werden soll.",
    ownReset:
      "Ihr eigenes Konto können Sie hier nicht zurücksetzen. Bitten Sie eine andere Person mit der Rolle Administration darum.",
  },
  password: {
    createdTitle: "Konto angelegt",
    resetTitle: "Passwort zurückgesetzt",
    intro: (name: string, username: string) =>
      `Das Einmal-Passwort für ${name} (Benutzername ${username}) lautet:`,
    label: "Einmal-Passwort",
    handOver:
      "Übergeben Sie das Einmal-Passwort der Person persönlich oder lesen Sie es ihr am Telefon vor, nachdem Sie sich vergewissert haben, mit wem Sie sprechen. Schicken Sie es nicht per E-Mail oder Chat.",
    once: "Das Passwort wird nur jetzt angezeigt und nirgends gespeichert. Wenn es verloren geht, setzen Sie das Passwort erneut zurück.",
    firstSignIn: "Bei der ersten Anmeldung legt die Person ein eigenes Passwort fest.",
    firstSignInTotp:
      "Bei der ersten Anmeldung legt die Person ein eigenes Passwort fest und richtet danach ihre Authenticator-App ein.",
    sessionsEnded:
      "Alle Sitzungen der Person wurden beendet; eine Verzögerung nach Fehlversuchen ist aufgehoben.",
    back: "Zurück zur Liste der Mitarbeitenden",
  },
  reset: {
    title: (name: string) => `Passwort von ${name} zurücksetzen`,
    intro:
      "Die Person bekommt ein neues Einmal-Passwort. Ihr bisheriges Passwort gilt dann nicht mehr, alle ihre Sitzungen enden und eine Verzögerung nach Fehlversuchen wird aufgehoben.",
    scope: "Was soll zurückgesetzt werden?",
    passwordOnly: "Nur das Passwort",
    passwordAndFactor: "Passwort und zweiten Faktor (zum Beispiel, wenn das Telefon verloren ist)",
    scopeHint:
      "Wird der zweite Faktor zurückgesetzt, richtet die Person bei der nächsten Anmeldung ihre Authenticator-App neu ein.",
    submit: "Jetzt zurücksetzen",
    cancel: "Abbrechen",
  },
  notices: {
    saved: "Die Änderungen sind gespeichert.",
    unlocked: "Die Verzögerung ist aufgehoben. Die Person kann sich sofort wieder anmelden.",
  },
};

export type AccountMessages = typeof accountsDe;
