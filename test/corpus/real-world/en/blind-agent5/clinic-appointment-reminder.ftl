<p>Dear ${patient.firstName!"patient"},</p>

<p>This is a reminder of your appointment with ${clinician.displayName} at Northside Family Clinic on ${appointment.date?string("EEEE d MMMM")} at ${appointment.time}.</p>

<#if appointment.type == "blood_test">
<p>Please do not eat for 10 hours before a fasting blood test. You can drink water.</p>
<#elseif appointment.type == "video">
<p>This is a video appointment. Open the link below five minutes before the start time; you do not need to install anything.</p>
<p><a href="${appointment.videoUrl}">Join your video appointment</a></p>
<#else>
<p>Please arrive ten minutes early so that reception can check your details.</p>
</#if>

<p>If you cannot come, please call us on ${clinic.phone} or cancel online at least 24 hours before, so that another patient can have the slot.</p>

<p>Northside Family Clinic<br>
${clinic.address}</p>
