# Reads an iCalendar file with Debian's python3-icalendar (an independent parser) and prints what it
# found as JSON, for CalendarTest to compare with the reminders it stored.
import json
import sys

import icalendar
from dateutil.rrule import rrulestr

cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = []
for ev in cal.walk('VEVENT'):
    start = ev.decoded('DTSTART')
    rule = ev['RRULE'].to_ical().decode()
    events.append({
        'uid': str(ev['UID']),
        'summary': str(ev['SUMMARY']),
        'description': str(ev['DESCRIPTION']),
        'start': start.isoformat(),
        'floating': start.tzinfo is None,
        'rrule': rule,
        'duration': int(ev.decoded('DURATION').total_seconds()),
        'next': [d.isoformat() for d in rrulestr(rule, dtstart=start)[:3]],
        'alarms': [{'action': str(a['ACTION']), 'trigger': int(a.decoded('TRIGGER').total_seconds()),
                    'description': str(a['DESCRIPTION'])} for a in ev.walk('VALARM')],
    })
print(json.dumps({'version': str(cal['VERSION']), 'prodid': str(cal['PRODID']), 'events': events}))
