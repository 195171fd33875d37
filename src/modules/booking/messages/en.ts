import type { BookingMessages } from "./de";

/** Texts of the appointment flow, English. */
export const bookingEn: BookingMessages = {
  title: "Book an appointment",
  step: (n: number, of: number) => `Step ${n} of ${of}`,
  continue: "Continue",
  back: "Back",
  change: "Change",
  errorSummaryTitle: "Please check your input",
  services: {
    title: "What would you like to do?",
    hint: "Choose everything you want to do in one appointment. Its length depends on your choice.",
    none: "Please choose at least one service.",
    tooMany: "Please choose no more than five services for one appointment.",
  },
  online: {
    title: "You can do this online",
    text: "You can do these without an appointment, online:",
    goOnline: (name: string) => `${name}: apply online`,
    bookAnyway: "Book an appointment anyway",
  },
  place: {
    title: "Where would you like to go?",
    districtLabel: "Which district do you live in?",
    districtHint: "We then show the stops near you first. You can still choose any place.",
    districtAny: "Not stated",
    showNearest: "Show places near me first",
    legend: "Place",
    stadtbuero: "Stadtbüro",
    mobile: "Mobile Stadtbüro",
    inDistrict: (district: string) => `Stop in ${district}`,
    none: "Please choose a place.",
    notOffered: "This place does not offer all the services you chose.",
  },
  day: {
    title: "On which day?",
    noDays: "There are no free appointments left at this place within the booking period.",
    waitlistHint:
      "You can join the waiting list; we will write to you as soon as a suitable time becomes free.",
    freeTimes: (n: number) => (n === 1 ? "1 free time" : `${n} free times`),
    examples: "The opening times of this demonstration are examples.",
  },
  time: {
    title: "At what time?",
    legend: (day: string) => `Free times on ${day}`,
    slot: (day: string, from: string, to: string) => `${day}, ${from} to ${to}`,
    none: "Please choose a time.",
    holdNote: (minutes: number) =>
      `We keep the chosen time for you for ${minutes} minutes while you enter your details.`,
    takenField: "Please choose another time.",
    noTimes: {
      closedTitle: (day: string) => `Closed on ${day}`,
      closed: "According to the opening plan, this place has no opening hours on that day.",
      fullTitle: (day: string) => `Fully booked on ${day}`,
      full: "Every time on that day has already been booked here.",
      notBookableTitle: (day: string) => `${day} cannot be booked online`,
      notBookable: "This day lies outside the period in which we give out appointments online.",
      nextDays: "These days still have free times:",
      noneAhead: "There is no free time left here in the booking period.",
      allDays: "All days with free times",
    },
    holdUntil: (time: string) => `We are holding this time for you until ${time}.`,
    holdLapsed: (time: string) =>
      `This time was reserved for you until ${time}. When you send your details, you can choose a new time; what you entered is kept.`,
    tooMany:
      "Many times have already been reserved from your internet connection in the last hour. Please try again later or call us.",
  },
  contact: {
    title: "Your details",
    name: "First and last name",
    email: "E-mail address",
    emailHint: "We send the confirmation there, with a link to reschedule or cancel the appointment.",
    phone: "Phone number",
    phoneHint: "Only for questions, for example if the appointment has to be cancelled.",
    optional: "optional",
    needsLegend: "Do you need support?",
    needWheelchair: "Wheelchair access",
    needSignLanguage: "Sign language interpreter",
    needOther: "Other support",
    needOtherHint: "For example: plain language, an accompanying person",
    nameRequired: "Please enter your name.",
    emailInvalid: "Enter an e-mail address like name@example.com.",
    phoneInvalid: "Enter a phone number using only digits, spaces, +, / or -.",
    tooLong: "Please shorten this entry.",
    invalidCharacters:
      "This entry holds invisible control characters, perhaps from copied text. Please type it again.",
    limitReached: (n: number) =>
      `${n} appointments are already booked with this e-mail address. Please cancel one of them before booking a new one.`,
    honeypot: "Please leave this field empty",
  },
  check: {
    title: "Please check your details",
    services: "Services",
    place: "Place",
    when: "When",
    name: "Name",
    email: "E-mail",
    phone: "Phone",
    needs: "Support",
    none: "none",
    confirm: "Book this appointment",
  },
  done: {
    title: "Your appointment is booked",
    code: "Your booking number",
    mailSent: (email: string) =>
      `We have sent a confirmation to ${email}. It contains a link to reschedule or cancel the appointment.`,
    bring: "Please bring the documents listed on the page of the service.",
    card: "At the mobile Stadtbüro you can pay by card only.",
    calendar: "Add the appointment to your calendar (ics file)",
  },
  manage: {
    title: "Your appointment",
    status: { confirmed: "booked", cancelled: "cancelled", held: "reserved", expired: "expired" },
    reschedule: "Reschedule",
    cancel: "Cancel appointment",
    cancelTitle: "Really cancel the appointment?",
    cancelText: "The time then becomes free for others.",
    cancelConfirm: "Yes, cancel the appointment",
    keep: "No, keep the appointment",
    cancelled: "Your appointment is cancelled.",
    rescheduled: "Your appointment has been moved.",
    lookAgain: "Look at your appointment",
    notFound:
      "This link is not valid. If the appointment was rescheduled, use the link in the new confirmation.",
  },
  waitlist: {
    link: "Join the waiting list",
    linkHint: "No suitable day? We will write to you as soon as a suitable time becomes free.",
    title: "Join the waiting list",
    intro:
      "As soon as an appointment becomes free at one of your places at one of your times, we reserve it for you and write to you. Whoever signed up first gets the offer first.",
    places: "At which places?",
    windows: "When can you come?",
    morning: "mornings",
    afternoon: "afternoons",
    submit: "Join the waiting list",
    placesRequired: "Please choose at least one place.",
    placesInvalid: "Please choose only places from the list.",
    windowsRequired: "Please choose at least one time.",
    limitReached: (max: number) =>
      `This e-mail address already has ${max} entries on the waiting list. No more are possible; entries not yet confirmed count too. The link in our e-mail lets you end an entry.`,
    thanksTitle: "Please check your e-mail and confirm",
    thanksText:
      "We have sent you an e-mail. Open the link in it and select “Confirm entry”. Only then are you on the waiting list and receive offers.",
    thanksDeadline: (hours: number) =>
      `Without confirmation we delete your details after ${hours} hours. No e-mail? Please look in your spam folder too.`,
    manageTitle: "Your waiting list entry",
    confirmText: (until: string) =>
      `Please confirm your entry by ${until}. Only then are you on the waiting list and receive offers. Without confirmation we delete it.`,
    confirm: "Confirm entry",
    confirmed: "Thank you, your entry is confirmed. You are now on the waiting list.",
    noMoreOffers: (days: number) =>
      `Two offers to your e-mail address ran out without you booking the appointment. That is why this address receives no offers from the waiting list at the moment. An offer that ran out counts for ${days} days. You can still book free appointments directly.`,
    notFound: (hours: number) =>
      `This link is no longer valid. We delete entries that are not confirmed within ${hours} hours, and ended entries some days later. You can join the waiting list again at any time.`,
    status: {
      unconfirmed: "not yet confirmed",
      waiting: "waiting",
      offered: "offer sent",
      booked: "appointment booked",
      lapsed: "offer expired",
      withdrawn: "left the list",
    },
    withdraw: "Leave the waiting list",
    withdrawn: "You have left the waiting list.",
    offerTitle: "An appointment has become free for you",
    offerText: (until: string) =>
      `We keep this time for you until ${until}. After that it goes to the next person on the waiting list.`,
    accept: "Book this appointment",
    decline: "No thanks, release the time",
    declined: "The time is free again. Your waiting list entry has ended.",
    offerGone: "This offer is no longer valid. Perhaps the deadline has passed or you have already answered.",
    mailSubject: "Please confirm your waiting list entry",
    mailBody: (p: { name: string; manageUrl: string; confirmBy: string }) =>
      `Hello ${p.name},\n\nyou would like to join the waiting list for an appointment. Please confirm this: open this link and select “Confirm entry” there:\n${p.manageUrl}\n\nOnly after confirming are you on the waiting list. If you do not confirm by ${p.confirmBy}, we delete your details. If you did not sign up, you need not do anything.\n\nThe same link lets you view your entry later and leave the list.\n\nYour Stadtbüro`,
    offerSubject: "An appointment has become free for you",
    offerBody: (p: { name: string; when: string; place: string; until: string; offerUrl: string }) =>
      `Hello ${p.name},\n\nan appointment has become free for you:\n\nWhen: ${p.when}\nWhere: ${p.place}\n\nWe keep it for you until ${p.until}. Please confirm it here:\n${p.offerUrl}\n\nIf you do not confirm, the time goes to the next person on the waiting list.\n\nYour Stadtbüro`,
    lapseSubject: "Your offer from the waiting list has run out",
    lapseBody: (p: {
      name: string;
      until: string;
      noMoreOffers: boolean;
      lapseDays: number;
      bookUrl: string;
    }) =>
      `Hello ${p.name},\n\nyou did not book the appointment we offered you by ${p.until}. The time has gone to the next person on the waiting list, and this waiting list entry has ended.\n\n${
        p.noMoreOffers
          ? `This was already the second offer to your e-mail address that ran out. That is why this address receives no more offers from the waiting list from now on, not for your other entries either. An offer that ran out counts for ${p.lapseDays} days.`
          : `Please note: if two offers to your e-mail address run out, it receives no more offers from the waiting list. An offer that ran out counts for ${p.lapseDays} days.`
      }\n\nYou can book a free appointment here at any time:\n${p.bookUrl}\n\nYour Stadtbüro`,
  },
  mail: {
    confirmSubject: (code: string) => `Appointment confirmation ${code}`,
    confirmBody: (p: {
      name: string;
      when: string;
      place: string;
      services: string;
      code: string;
      manageUrl: string;
    }) =>
      `Hello ${p.name},\n\nyour appointment is booked.\n\nWhen: ${p.when}\nWhere: ${p.place}\nServices: ${p.services}\nBooking number: ${p.code}\n\nView, reschedule or cancel the appointment:\n${p.manageUrl}\n\nThe attachment adds the appointment to your calendar.\n\nYour Stadtbüro`,
    reminderSubject: (code: string) => `Reminder of your appointment ${code}`,
    reminderBody: (p: { name: string; when: string; place: string; manageUrl: string }) =>
      `Hello ${p.name},\n\nthis is a reminder of your appointment.\n\nWhen: ${p.when}\nWhere: ${p.place}\n\nIf you cannot come, please cancel so that someone else can have the time:\n${p.manageUrl}\n\nYour Stadtbüro`,
    visitCancelledSubject: (code: string) =>
      `The mobile Stadtbüro cannot come: appointment ${code} is cancelled`,
    visitCancelledBody: (p: {
      name: string;
      when: string;
      place: string;
      reason: string;
      alternatives: string[];
      bookUrl: string;
    }) =>
      `Hello ${p.name},\n\nunfortunately the mobile Stadtbüro has to cancel its stop (${p.place}) on the day of your appointment: ${p.when}. Reason: ${p.reason}\n\nYour appointment is therefore cancelled. We apologise.\n\nThese times are still free:\n${p.alternatives.map((a) => `- ${a}`).join("\n") || "- (none at the moment)"}\n\nBook a new appointment:\n${p.bookUrl}\n\nYour Stadtbüro`,
    cancelSubject: (code: string) => `Appointment cancelled: ${code}`,
    cancelBody: (p: { name: string; when: string }) =>
      `Hello ${p.name},\n\nyour appointment on ${p.when} is cancelled.\n\nThe attachment takes the appointment out of your calendar.\n\nYour Stadtbüro`,
    movedSubject: (code: string) => `Appointment moved: ${code}`,
    movedBody: (p: {
      name: string;
      oldWhen: string;
      when: string;
      place: string;
      services: string;
      code: string;
      manageUrl: string;
    }) =>
      `Hello ${p.name},\n\nyour appointment has been moved.\n\nNew time: ${p.when}\nPrevious time: ${p.oldWhen} – this time is no longer valid.\n\nWhere: ${p.place}\nServices: ${p.services}\nBooking number: ${p.code}\n\nView, reschedule or cancel the appointment:\n${p.manageUrl}\n\nThe attachment puts the new time in your calendar; it replaces the previous entry.\n\nYour Stadtbüro`,
  },
};
