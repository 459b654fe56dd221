<p>Dear {{ $tenant->first_name }},</p>
<p>Thank you for sending the photos of the cracked window. A glazier from Brightpane will replace the pane on {{ $visit->date }} between 9 am and 1 pm, and the cost is ours.</p>
<p>The glazier brings the new pane and takes the old one away, so the visit takes under an hour. Until then, the tape over the crack keeps the draught out.</p>
@include('emails.partials.regards')
