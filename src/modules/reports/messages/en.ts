import type { ReportsMessages } from "./de";

export const reportsEn: ReportsMessages = {
  title: "Statistics",
  intro: "Appointments, tickets and times per day and place. The figures contain no personal data.",
  filter: {
    legend: "Period and place",
    from: "From",
    to: "To",
    fromHint: "For example 23.11.2026. Empty: the 7 days up to the end date.",
    toHint: (max: number) => `For example 29.11.2026. Empty: today. At most ${max} days from the start date.`,
    optional: "optional",
    location: "Place",
    allLocations: "All places",
    submit: "Show",
  },
  problems: {
    von: {
      invalid: "Enter the start date as a date, for example 23.11.2026.",
      "no-such-date": "The start date does not exist. Check the day and month.",
    },
    bis: {
      invalid: "Enter the end date as a date, for example 29.11.2026.",
      "no-such-date": "The end date does not exist. Check the day and month.",
      "end-before-start": "The end date must not be before the start date.",
      "too-long": (max: number) => `The period can be at most ${max} days long.`,
    },
    ort: {
      "unknown-location": "Choose a place from the list.",
    },
  },
  range: (from: string, to: string) => `${from} to ${to}`,
  scope: (range: string, place: string) => `Period: ${range}. Place: ${place}.`,
  download: "Download as a CSV file",
  downloadHint: "One line per day and place, for spreadsheets (separated by semicolons).",
  empty: "There are no appointments and no tickets for this period and place.",
  noValue: "no measurement",
  days: {
    heading: "Per day and place",
    caption: (range: string) => `Appointments, tickets and times per day and place, ${range}`,
    scrollRegion: "Table per day and place (scrolls horizontally)",
    total: "Total",
  },
  columns: {
    date: "Day",
    locationKey: "Place key",
    location: "Place",
    booked: "Appointments booked",
    bookedOnline: "of which online",
    bookedStaff: "of which by staff",
    cancelled: "Cancelled",
    walkIns: "Walk-ins",
    noShows: "No-shows",
    served: "Served",
    waitMedian: "Waiting time median (min)",
    waitP90: "Waiting time 90th percentile (min)",
    serviceMedian: "Service time median (min)",
    serviceMean: "Service time mean (min)",
  },
  channels: {
    heading: "By channel",
    caption: (range: string) => `Contacts by channel, ${range}`,
    channel: "Channel",
    count: "Number",
    share: "Share (%)",
    online: "Appointment booked online",
    staff: "Appointment booked by staff",
    walkIn: "Walk-in",
    mobile: "Mobile Stadtbüro",
    total: "Total",
  },
  services: {
    heading: "Services done",
    caption: (range: string) => `Services done, ${range}`,
    service: "Service",
    count: "Number",
    none: "No service was recorded as done in this period.",
  },
  definitions: {
    heading: "How the figures are defined",
    items: [
      {
        term: "Day",
        text: "The calendar day in the city's time zone: for appointments the day they start, for tickets the day they were issued for.",
      },
      {
        term: "Appointments booked",
        text: "Confirmed appointments of the day, booked online or by staff (phone, counter). Moved appointments count on their new day.",
      },
      {
        term: "Cancelled",
        text: "Confirmed appointments of the day that were cancelled. Moving an appointment is not a cancellation.",
      },
      {
        term: "Walk-ins",
        text: "Tickets issued to people without an appointment, even when withdrawn later.",
      },
      {
        term: "No-shows",
        text: "Confirmed appointments of a past day for which nobody checked in, or whose ticket ended as not present. Today counts from tomorrow on.",
      },
      {
        term: "Served",
        text: "Tickets (with and without an appointment) whose service was completed.",
      },
      {
        term: "Waiting time",
        text: "From arrival to being called, for every ticket that was called. Median: half waited at most this long. 90th percentile: nine in ten waited at most this long (linear interpolation between neighbouring values).",
      },
      {
        term: "Service time",
        text: "From the start to the end of service at the counter, for every ticket served; median and arithmetic mean.",
      },
      {
        term: "Channel",
        text: "Each contact counts once: booked appointments by how they were booked, walk-in tickets, and everything at stops of the mobile Stadtbüro as “Mobile Stadtbüro”.",
      },
      {
        term: "Services done",
        text: "The services recorded as done on served tickets; where none are recorded, the services asked for.",
      },
    ],
  },
  csv: {
    filename: (from: string, to: string, location: string | null) =>
      `statistics_${from}_${to}${location ? `_${location}` : ""}.csv`,
  },
};
