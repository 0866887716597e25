<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl_NL">
  <context>
    <name>Uitslag</name>
    <message>
      <location filename="../client.py" />
      <source>werkplek</source>
      <translation>workstation</translation>
    </message>
    <message>
      <location filename="../main_window.py" />
      <source>Je bent uitgelogd.</source>
      <translation>You have logged out.</translation>
    </message>
    <message>
      <location filename="../main_window.py" />
      <location filename="../pages/start/fallback.py" />
      <location filename="../pages/start/idle.py" />
      <source>Uitloggen</source>
      <translation>Log out</translation>
    </message>
    <message>
      <location filename="../pages/admin/backups.py" />
      <source>&amp;Kopie naar USB-stick:</source>
      <translation>&amp;Copy to USB stick:</translation>
    </message>
    <message>
      <location filename="../pages/admin/backups.py" />
      <source>&amp;Terugzetten van stick:</source>
      <translation>&amp;Restore from stick:</translation>
    </message>
    <message>
      <location filename="../pages/admin/backups.py" />
      <source>Alles van nu wordt vervangen door de back-up. Wat daarna is ingevoerd, gaat verloren. Iedereen moet daarna opnieuw inloggen.</source>
      <translation>Everything now is replaced by the backup. What was entered after it is lost. Everyone must log in again afterwards.</translation>
    </message>
    <message>
      <location filename="../pages/admin/backups.py" />
      <source>Back-up</source>
      <translation>Backup</translation>
    </message>
    <message>
      <location filename="../pages/admin/backups.py" />
      <source>Back-up gemaakt: {name}. Kopieer hem naar een USB-stick.</source>
      <translation>Backup made: {name}. Copy it to a USB stick.</translation>
    </message>
    <message>
      <location filename="../pages/admin/backups.py" />
      <source>Back-up maken</source>
      <translation>Make backup</translation>
    </message>
    <message>
      <location filename="../pages/admin/backups.py" />
      <source>Back-up op een USB-stick</source>
      <translation>Backup on a USB stick</translation>
    </message>
    <message>
      <location filename="../pages/admin/backups.py" />
      <source>Back-up terugzetten?</source>
      <translation>Restore the backup?</translation>
    </message>
    <message>
      <location filename="../pages/admin/backups.py" />
      <location filename="../pages/admin/home.py" />
      <source>Back-ups</source>
      <translation>Backups</translation>
    </message>
    <message>
      <location filename="../pages/admin/backups.py" />
      <source>Back-ups (*.sqlite)</source>
      <translation>Backups (*.sqlite)</translation>
    </message>
    <message>
      <location filename="../pages/admin/backups.py" />
      <source>Controlegetal (SHA-256)</source>
      <translation>Checksum (SHA-256)</translation>
    </message>
    <message>
      <location filename="../pages/admin/backups.py" />
      <source>Deze back-up is gecontroleerd en in orde (controlegetal, database en logboek).</source>
      <translation>This backup has been checked and is in order (checksum, database and log).</translation>
    </message>
    <message>
      <location filename="../pages/admin/backups.py" />
      <source>Gebruikers: {accounts}</source>
      <translation>Users: {accounts}</translation>
    </message>
    <message>
      <location filename="../pages/admin/backups.py" />
      <source>Gekopieerd naar {path} (met het controlebestand .sha256).</source>
      <translation>Copied to {path} (with the checksum file .sha256).</translation>
    </message>
    <message>
      <location filename="../pages/admin/backups.py" />
      <source>Gekozen back-up terugzetten…</source>
      <translation>Restore the chosen backup…</translation>
    </message>
    <message>
      <location filename="../pages/admin/backups.py" />
      <source>Grootte</source>
      <translation>Size</translation>
    </message>
    <message>
      <location filename="../pages/admin/backups.py" />
      <source>Kies een back-up</source>
      <translation>Choose a backup</translation>
    </message>
    <message>
      <location filename="../pages/admin/backups.py" />
      <location filename="../pages/chain/outputs.py" />
      <location filename="../pages/chain/requests.py" />
      <location filename="../pages/coordinator/outputs.py" />
      <source>Kies een map</source>
      <translation>Choose a folder</translation>
    </message>
    <message>
      <location filename="../pages/admin/backups.py" />
      <source>Kies eerst de back-up op de USB-stick (Bladeren…).</source>
      <translation>First choose the backup on the USB stick (Browse…).</translation>
    </message>
    <message>
      <location filename="../pages/admin/backups.py" />
      <source>Kies eerst de map op de USB-stick (Bladeren…).</source>
      <translation>First choose the folder on the USB stick (Browse…).</translation>
    </message>
    <message>
      <location filename="../pages/admin/backups.py" />
      <source>Kies eerst een back-up in de lijst.</source>
      <translation>First choose a backup in the list.</translation>
    </message>
    <message>
      <location filename="../pages/admin/backups.py" />
      <source>Kopiëren naar de stick</source>
      <translation>Copy to the stick</translation>
    </message>
    <message>
      <location filename="../pages/admin/backups.py" />
      <source>Laatste wijziging: {when} (UTC), logboek tot regel {entries}</source>
      <translation>Last change: {when} (UTC), log up to entry {entries}</translation>
    </message>
    <message>
      <location filename="../pages/admin/backups.py" />
      <source>Maak een back-up na elke grote stap en kopieer hem naar een USB-stick. Een back-up wordt gecontroleerd voordat hij wordt teruggezet.</source>
      <translation>Make a backup after every big step and copy it to a USB stick. A backup is checked before it is restored.</translation>
    </message>
    <message>
      <location filename="../pages/admin/backups.py" />
      <source>Map op de USB-stick</source>
      <translation>Folder on the USB stick</translation>
    </message>
    <message>
      <location filename="../pages/admin/backups.py" />
      <source>Melding back-ups</source>
      <translation>Backups message</translation>
    </message>
    <message>
      <location filename="../pages/admin/backups.py" />
      <source>Stembureaus: {stations}, waarvan {definitive} definitief</source>
      <translation>Polling stations: {stations}, of which {definitive} definitive</translation>
    </message>
    <message>
      <location filename="../pages/admin/backups.py" />
      <location filename="../pages/admin/stations.py" />
      <location filename="../pages/admin/users.py" />
      <location filename="../pages/chain/outputs.py" />
      <location filename="../pages/coordinator/investigations.py" />
      <location filename="../pages/coordinator/signals.py" />
      <source>Terug</source>
      <translation>Back</translation>
    </message>
    <message>
      <location filename="../pages/admin/backups.py" />
      <source>Terugzetten</source>
      <translation>Restore</translation>
    </message>
    <message>
      <location filename="../pages/admin/backups.py" />
      <source>Terugzetten…</source>
      <translation>Restore…</translation>
    </message>
    <message>
      <location filename="../pages/admin/backups.py" />
      <source>Verkiezing: {name}</source>
      <translation>Election: {name}</translation>
    </message>
    <message>
      <location filename="../pages/admin/backups.py" />
      <source>nog niet ingericht</source>
      <translation>not set up yet</translation>
    </message>
    <message>
      <location filename="../pages/admin/fingerprint.py" />
      <source>Groep {n} van {what}, van het papier</source>
      <translation>Group {n} of {what}, from the paper</translation>
    </message>
    <message>
      <location filename="../pages/admin/fingerprint.py" />
      <source>Kies eerst het bestand.</source>
      <translation>First choose the file.</translation>
    </message>
    <message>
      <location filename="../pages/admin/fingerprint.py" />
      <source>Vingerafdruk van {what}</source>
      <translation>Fingerprint of {what}</translation>
    </message>
    <message>
      <location filename="../pages/admin/fingerprint.py" />
      <source>Zoek de vingerafdruk op het papier dat je van het centraal stembureau of de Kiesraad hebt gekregen. Typ groep {first} en groep {second} over.</source>
      <translation>Find the fingerprint on the paper you received from the central electoral committee or the Electoral Council. Type group {first} and group {second}.</translation>
    </message>
    <message>
      <location filename="../pages/admin/fingerprint.py" />
      <source>groep {n}</source>
      <translation>group {n}</translation>
    </message>
    <message>
      <location filename="../pages/admin/fingerprint.py" />
      <source>groep {n}: {group}</source>
      <translation>group {n}: {group}</translation>
    </message>
    <message>
      <location filename="../pages/admin/home.py" />
      <source>1 gebruiker</source>
      <translation>1 user</translation>
    </message>
    <message>
      <location filename="../pages/admin/home.py" />
      <location filename="../pages/coordinator/dashboard.py" />
      <source>Back-ups…</source>
      <translation>Backups…</translation>
    </message>
    <message>
      <location filename="../pages/admin/home.py" />
      <source>Beheer</source>
      <translation>Administration</translation>
    </message>
    <message>
      <location filename="../pages/admin/home.py" />
      <source>De invoer is begonnen: ze liggen vast.</source>
      <translation>Data entry has started: they are fixed.</translation>
    </message>
    <message>
      <location filename="../pages/admin/home.py" />
      <source>De sleutel is al gemaakt.</source>
      <translation>The key has been made already.</translation>
    </message>
    <message>
      <location filename="../pages/admin/home.py" />
      <location filename="../pages/admin/users.py" />
      <source>Gebruikers</source>
      <translation>Users</translation>
    </message>
    <message>
      <location filename="../pages/admin/home.py" />
      <source>Gebruikers…</source>
      <translation>Users…</translation>
    </message>
    <message>
      <location filename="../pages/admin/home.py" />
      <source>Hier richt je de verkiezing in, beheer je de gebruikers en maak je back-ups. Met de telling zelf heb je als beheerder niets te maken.</source>
      <translation>Here you set up the election, manage the users and make backups. As administrator you have nothing to do with the count itself.</translation>
    </message>
    <message>
      <location filename="../pages/admin/home.py" />
      <source>Melding beheer</source>
      <translation>Administration message</translation>
    </message>
    <message>
      <location filename="../pages/admin/home.py" />
      <source>Nog geen back-ups.</source>
      <translation>No backups yet.</translation>
    </message>
    <message>
      <location filename="../pages/admin/home.py" />
      <source>Nog niet gemaakt. Zonder sleutel kan de coördinator de uitvoer niet ondertekenen.</source>
      <translation>Not made yet. Without a key the coordinator cannot sign the outputs.</translation>
    </message>
    <message>
      <location filename="../pages/admin/home.py" />
      <source>Nog niet ingericht.</source>
      <translation>Not set up yet.</translation>
    </message>
    <message>
      <location filename="../pages/admin/home.py" />
      <location filename="../pages/admin/wizard.py" />
      <source>Ondertekensleutel</source>
      <translation>Signing key</translation>
    </message>
    <message>
      <location filename="../pages/admin/home.py" />
      <source>Richt eerst de verkiezing in.</source>
      <translation>Set up the election first.</translation>
    </message>
    <message>
      <location filename="../pages/admin/home.py" />
      <source>Sleutel maken…</source>
      <translation>Make the key…</translation>
    </message>
    <message>
      <location filename="../pages/admin/home.py" />
      <location filename="../pages/admin/stations.py" />
      <location filename="../pages/admin/wizard.py" />
      <location filename="../pages/coordinator/table.py" />
      <source>Stembureaus</source>
      <translation>Polling stations</translation>
    </message>
    <message>
      <location filename="../pages/admin/home.py" />
      <source>Stembureaus…</source>
      <translation>Polling stations…</translation>
    </message>
    <message>
      <location filename="../pages/admin/home.py" />
      <location filename="../pages/admin/steps.py" />
      <source>Verkiezing</source>
      <translation>Election</translation>
    </message>
    <message>
      <location filename="../pages/admin/home.py" />
      <source>Verkiezing inrichten…</source>
      <translation>Set up the election…</translation>
    </message>
    <message>
      <location filename="../pages/admin/home.py" />
      <source>Vingerafdruk van het certificaat:
{fingerprint}</source>
      <translation>The certificate's fingerprint:
{fingerprint}</translation>
    </message>
    <message>
      <location filename="../pages/admin/home.py" />
      <source>Wijzigen kan tot de invoer begint.</source>
      <translation>They can change until data entry starts.</translation>
    </message>
    <message>
      <location filename="../pages/admin/home.py" />
      <source>{n} back-ups; de laatste: {name}</source>
      <translation>{n} backups; the latest: {name}</translation>
    </message>
    <message>
      <location filename="../pages/admin/home.py" />
      <source>{n} gebruikers</source>
      <translation>{n} users</translation>
    </message>
    <message>
      <location filename="../pages/admin/home.py" />
      <source>{n} stembureaus.</source>
      <translation>{n} polling stations.</translation>
    </message>
    <message>
      <location filename="../pages/admin/stations.py" />
      <source>&amp;Kiesgerechtigden (mag leeg):</source>
      <translation>&amp;Eligible voters (may be empty):</translation>
    </message>
    <message>
      <location filename="../pages/admin/stations.py" />
      <source>&amp;Nummer:</source>
      <translation>&amp;Number:</translation>
    </message>
    <message>
      <location filename="../pages/admin/stations.py" />
      <location filename="../pages/admin/users.py" />
      <location filename="../pages/chain/common.py" />
      <location filename="../pages/chain/deceased.py" />
      <location filename="../pages/chain/lot.py" />
      <location filename="../pages/chain/outputs.py" />
      <location filename="../pages/chain/receive_file.py" />
      <location filename="../pages/coordinator/detail.py" />
      <location filename="../pages/coordinator/followup_dialogs.py" />
      <location filename="../pages/coordinator/outputs.py" />
      <location filename="../pages/typist/stop.py" />
      <location filename="../widgets/buttons.py" />
      <source>Annuleren</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../pages/admin/stations.py" />
      <source>Kies eerst een stembureau in de tabel.</source>
      <translation>First choose a polling station in the table.</translation>
    </message>
    <message>
      <location filename="../pages/admin/stations.py" />
      <location filename="../pages/admin/steps.py" />
      <location filename="../pages/coordinator/followup_dialogs.py" />
      <source>Kiesgerechtigden</source>
      <translation>Eligible voters</translation>
    </message>
    <message>
      <location filename="../pages/admin/stations.py" />
      <source>Melding stembureaus</source>
      <translation>Polling stations message</translation>
    </message>
    <message>
      <location filename="../pages/admin/stations.py" />
      <source>N&amp;aam:</source>
      <translation>N&amp;ame:</translation>
    </message>
    <message>
      <location filename="../pages/admin/stations.py" />
      <location filename="../pages/admin/steps.py" />
      <location filename="../pages/admin/users.py" />
      <location filename="../pages/chain/receiving.py" />
      <location filename="../pages/chain/result.py" />
      <location filename="../pages/chain/typist.py" />
      <source>Naam</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../pages/admin/stations.py" />
      <source>Nummer</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="../pages/admin/stations.py" />
      <source>Opslaan</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../pages/admin/stations.py" />
      <source>Stembureau toevoegen</source>
      <translation>Add a polling station</translation>
    </message>
    <message>
      <location filename="../pages/admin/stations.py" />
      <source>Stembureau toevoegen…</source>
      <translation>Add a polling station…</translation>
    </message>
    <message>
      <location filename="../pages/admin/stations.py" />
      <source>Stembureau verwijderen</source>
      <translation>Remove the polling station</translation>
    </message>
    <message>
      <location filename="../pages/admin/stations.py" />
      <source>Stembureau wijzigen</source>
      <translation>Change the polling station</translation>
    </message>
    <message>
      <location filename="../pages/admin/stations.py" />
      <source>Stembureau {n} ({name}) verwijderen?</source>
      <translation>Remove polling station {n} ({name})?</translation>
    </message>
    <message>
      <location filename="../pages/admin/stations.py" />
      <source>Stembureau {n} is gewijzigd.</source>
      <translation>Polling station {n} has been changed.</translation>
    </message>
    <message>
      <location filename="../pages/admin/stations.py" />
      <source>Stembureau {n} is toegevoegd.</source>
      <translation>Polling station {n} has been added.</translation>
    </message>
    <message>
      <location filename="../pages/admin/stations.py" />
      <source>Stembureau {n} is verwijderd.</source>
      <translation>Polling station {n} has been removed.</translation>
    </message>
    <message>
      <location filename="../pages/admin/stations.py" />
      <location filename="../pages/chain/result.py" />
      <source>Verwijderen</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../pages/admin/stations.py" />
      <source>Verwijderen…</source>
      <translation>Remove…</translation>
    </message>
    <message>
      <location filename="../pages/admin/stations.py" />
      <source>Wijzigen…</source>
      <translation>Change…</translation>
    </message>
    <message>
      <location filename="../pages/admin/stations.py" />
      <source>{n} stembureaus</source>
      <translation>{n} polling stations</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <location filename="../pages/admin/users.py" />
      <source>&amp;Bestand:</source>
      <translation>&amp;File:</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>&amp;Centrale stemopneming (CSO)</source>
      <translation>&amp;Central counting (CSO)</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>&amp;Decentrale stemopneming (DSO)</source>
      <translation>&amp;Decentral counting (DSO)</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>&amp;Gemeente:</source>
      <translation>&amp;Municipality:</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>&amp;Nog een keer:</source>
      <translation>&amp;Once more:</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <location filename="../pages/admin/users.py" />
      <source>&amp;Wachtwoord:</source>
      <translation>&amp;Passphrase:</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>1. Verkiezingsdefinitie (110a)</source>
      <translation>1. Election definition (110a)</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>1;Gemeentehuis;1250
2;Basisschool De Regenboog;980</source>
      <translation>1;Town hall;1250
2;De Regenboog school;980</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>2. Kandidatenlijsten (230b)</source>
      <translation>2. Candidate lists (230b)</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>4. Stembureaus</source>
      <translation>4. Polling stations</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>5. Telwijze</source>
      <translation>5. Counting method</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>6. Controleren en opslaan</source>
      <translation>6. Check and save</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>7. Ondertekensleutel</source>
      <translation>7. Signing key</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>Bestand met stembureaus</source>
      <translation>File with polling stations</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <location filename="../pages/chain/requests.py" />
      <source>Datum</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>De sleutel is gemaakt. Schrijf de vingerafdruk van het certificaat op het papier:</source>
      <translation>The key has been made. Write the certificate's fingerprint on the paper:</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>Elk stembureau telt zelf de stemmen per kandidaat.</source>
      <translation>Each polling station counts the votes per candidate itself.</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <location filename="../pages/chain/requests.py" />
      <source>Gemeente</source>
      <translation>Municipality</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>Gemeente:</source>
      <translation>Municipality:</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>Getypte stembureaus controleren</source>
      <translation>Check the typed polling stations</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>Het gemeentelijk stembureau telt de stemmen per kandidaat.</source>
      <translation>The municipal electoral committee counts the votes per candidate.</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>Kandidaten</source>
      <translation>Candidates</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <location filename="../pages/admin/wizard.py" />
      <source>Kandidatenlijsten (230b)</source>
      <translation>Candidate lists (230b)</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>Kies de kandidatenlijsten</source>
      <translation>Choose the candidate lists</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>Kies de verkiezingsdefinitie</source>
      <translation>Choose the election definition</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>Kies het bestand met de kandidatenlijsten van deze kieskring.</source>
      <translation>Choose the file with the candidate lists of this electoral district.</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>Kies het bestand met de verkiezingsdefinitie dat je van de Kiesraad hebt gekregen.</source>
      <translation>Choose the file with the election definition you received from the Electoral Council.</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>Kies het bestand met stembureaus</source>
      <translation>Choose the file with polling stations</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>Klopt alles? Na het opslaan kunnen de invoerders beginnen. Zodra de invoer is begonnen, kan de verkiezing niet meer veranderen.</source>
      <translation>Is everything right? After saving, the typists can start. Once data entry has started, the election can no longer change.</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>Lees de stembureaus uit een bestand (110b, of de telling 510b van een eerdere verkiezing) of typ ze zelf. Controleer daarna de tabel.</source>
      <translation>Read the polling stations from a file (110b, or the count 510b of an earlier election) or type them yourself. Then check the table.</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <location filename="../pages/chain/result.py" />
      <source>Lijst</source>
      <translation>List</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>Lijsten</source>
      <translation>Lists</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>Lijsten:</source>
      <translation>Lists:</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>Met deze sleutel ondertekent de coördinator straks de telling en het proces-verbaal. Kies een wachtwoord van minstens 12 tekens en bewaar het goed: zonder wachtwoord geen ondertekende uitvoer.</source>
      <translation>With this key the coordinator will sign the count and the official report. Choose a passphrase of at least 12 characters and keep it safe: without it, no signed outputs.</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <location filename="../pages/coordinator/investigations.py" />
      <location filename="../pages/coordinator/signals.py" />
      <location filename="../pages/coordinator/table.py" />
      <location filename="../pages/typist/form.py" />
      <source>Nr.</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <location filename="../pages/chain/requests.py" />
      <location filename="../pages/coordinator/investigations.py" />
      <location filename="../pages/coordinator/signals.py" />
      <location filename="../pages/coordinator/table.py" />
      <source>Stembureau</source>
      <translation>Polling station</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>Stembureaus om te controleren</source>
      <translation>Polling stations to check</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>Stembureaus, één per regel: nummer;naam;kiesgerechtigden</source>
      <translation>Polling stations, one per line: number;name;eligible voters</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>Stembureaus:</source>
      <translation>Polling stations:</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>Telwijze:</source>
      <translation>Counting method:</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>Uit een &amp;bestand (110b of 510b)</source>
      <translation>From a &amp;file (110b or 510b)</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>Verkiezing:</source>
      <translation>Election:</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>Verkiezingsdag:</source>
      <translation>Election day:</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <location filename="../pages/admin/wizard.py" />
      <source>Verkiezingsdefinitie (110a)</source>
      <translation>Election definition (110a)</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>Vingerafdrukken:</source>
      <translation>Fingerprints:</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <location filename="../pages/chain/outputs.py" />
      <location filename="../pages/coordinator/outputs.py" />
      <source>Wachtwoord van de sleutel</source>
      <translation>The key's passphrase</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>Wachtwoord van de sleutel, nog een keer</source>
      <translation>The key's passphrase, once more</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>Wie telt de stemmen per kandidaat? Kies wat de gemeente heeft besloten.</source>
      <translation>Who counts the votes per candidate? Choose what the municipality decided.</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>Zelf &amp;typen</source>
      <translation>&amp;Type them</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>Zetels</source>
      <translation>Seats</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>Zetels:</source>
      <translation>Seats:</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>{n} stembureaus gelezen. Klopt deze lijst?</source>
      <translation>{n} polling stations read. Is this list right?</translation>
    </message>
    <message>
      <location filename="../pages/admin/steps.py" />
      <source>— kies de gemeente —</source>
      <translation>— choose the municipality —</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>&amp;Gebruikersnaam:</source>
      <translation>&amp;User name:</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>&amp;Naam:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>&amp;Rol:</source>
      <translation>&amp;Role:</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>Actief</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>Afdrukken…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>Bij de eerste keer inloggen kiest iedereen een eigen wachtwoord.</source>
      <translation>At the first login everyone chooses their own password.</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>CSV-bestand met gebruikers</source>
      <translation>CSV file with users</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>CSV-bestanden (*.csv *.txt)</source>
      <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>Deze gebruiker is al uitgeschakeld.</source>
      <translation>This user is disabled already.</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>Deze gebruiker is uitgeschakeld.</source>
      <translation>This user is disabled.</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>Deze wachtwoorden zie je maar één keer. Druk ze af of schrijf ze over en geef ze persoonlijk. Bij de eerste keer inloggen kiest iedereen een eigen wachtwoord.</source>
      <translation>You see these passwords only once. Print them or copy them and hand them over in person. At the first login everyone chooses their own password.</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>Eén gebruiker per regel: gebruikersnaam;naam;rol (rol: invoerder, coördinator of beheerder). De eerste regel mag de kopregel zijn. Iedereen krijgt een tijdelijk wachtwoord. Klopt één regel niet, dan wordt niemand toegevoegd.</source>
      <translation>One user per line: username;name;role (role: invoerder, coördinator or beheerder). The first line may be the header. Everyone gets a temporary password. If one line is wrong, nobody is added.</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>Gebruiker toevoegen</source>
      <translation>Add user</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>Gebruiker toevoegen…</source>
      <translation>Add a user…</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>Gebruiker uitschakelen</source>
      <translation>Disable the user</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>Gebruikers toevoegen</source>
      <translation>Add the users</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>Gebruikers uit een CSV-bestand</source>
      <translation>Users from a CSV file</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <location filename="../pages/start/login.py" />
      <source>Gebruikersnaam</source>
      <translation>User name</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>Ik heb ze genoteerd</source>
      <translation>I have noted them</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>Kies de rol van deze gebruiker.</source>
      <translation>Choose this user's role.</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>Kies eerst een gebruiker in de tabel.</source>
      <translation>First choose a user in the table.</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <location filename="../pages/admin/wizard.py" />
      <source>Kies eerst het bestand (Bladeren…).</source>
      <translation>First choose the file (Browse…).</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>Kies het CSV-bestand</source>
      <translation>Choose the CSV file</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>Laatst ingelogd</source>
      <translation>Last login</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>Let op</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>Melding gebruiker toevoegen</source>
      <translation>Add user message</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>Melding gebruikers</source>
      <translation>Users message</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>Melding gebruikers inlezen</source>
      <translation>Import users message</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <location filename="../pages/start/password.py" />
      <source>Nieuw wachtwoord</source>
      <translation>New password</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>Nieuw wachtwoord maken</source>
      <translation>Make a new password</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>Nieuw wachtwoord…</source>
      <translation>New password…</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>Nog &amp;een keer:</source>
      <translation>Once &amp;more:</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>Rol</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>Tijdelijk wachtwoord</source>
      <translation>Temporary password</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>Tijdelijke wachtwoorden</source>
      <translation>Temporary passwords</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>Toevoegen</source>
      <translation>Add</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>Uit CSV-bestand…</source>
      <translation>From a CSV file…</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>Uitschakelen</source>
      <translation>Disable</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>Uitschakelen…</source>
      <translation>Disable…</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <location filename="../pages/start/login.py" />
      <source>Wachtwoord</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <location filename="../pages/start/login.py" />
      <source>Wachtwoord nog een keer</source>
      <translation>Password once more</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <location filename="../pages/chain/result.py" />
      <source>ja</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>moet eigen wachtwoord kiezen</source>
      <translation>must choose own password</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <location filename="../pages/chain/result.py" />
      <source>nee</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>wacht tot {time} (foute wachtwoorden)</source>
      <translation>waits until {time} (wrong passwords)</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>{name} is toegevoegd.</source>
      <translation>{name} has been added.</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>{name} is uitgeschakeld.</source>
      <translation>{name} has been disabled.</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>{name} kan daarna niet meer inloggen. Het account blijft bewaard in het logboek. Dit kan niet ongedaan worden.</source>
      <translation>{name} can no longer log in afterwards. The account stays in the log. This cannot be undone.</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>{name} krijgt een tijdelijk wachtwoord; het oude werkt dan niet meer. Bij de eerste keer inloggen kiest {name} een eigen wachtwoord.</source>
      <translation>{name} gets a temporary password; the old one stops working. At the first login {name} chooses their own password.</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>{n} gebruikers toegevoegd.</source>
      <translation>{n} users added.</translation>
    </message>
    <message>
      <location filename="../pages/admin/users.py" />
      <source>— kies een rol —</source>
      <translation>— choose a role —</translation>
    </message>
    <message>
      <location filename="../pages/admin/wizard.py" />
      <source>3. Vingerafdrukken controleren</source>
      <translation>3. Check the fingerprints</translation>
    </message>
    <message>
      <location filename="../pages/admin/wizard.py" />
      <source>Beide vingerafdrukken kloppen met het papier.</source>
      <translation>Both fingerprints match the paper.</translation>
    </message>
    <message>
      <location filename="../pages/admin/wizard.py" />
      <source>Controleren en opslaan</source>
      <translation>Check and save</translation>
    </message>
    <message>
      <location filename="../pages/admin/wizard.py" />
      <source>De sleutel is gemaakt.</source>
      <translation>The key has been made.</translation>
    </message>
    <message>
      <location filename="../pages/admin/wizard.py" />
      <source>De verkiezing is opgeslagen: {name}, {n} stembureaus.</source>
      <translation>The election has been saved: {name}, {n} polling stations.</translation>
    </message>
    <message>
      <location filename="../pages/admin/wizard.py" />
      <source>De verkiezingsdefinitie is gelezen. Controleer wat er staat.</source>
      <translation>The election definition has been read. Check what it says.</translation>
    </message>
    <message>
      <location filename="../pages/admin/wizard.py" />
      <source>Dit is de eerste stap.</source>
      <translation>This is the first step.</translation>
    </message>
    <message>
      <location filename="../pages/admin/wizard.py" />
      <source>Kies de gemeente.</source>
      <translation>Choose the municipality.</translation>
    </message>
    <message>
      <location filename="../pages/admin/wizard.py" />
      <source>Klaar</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="../pages/admin/wizard.py" />
      <source>Melding inrichten</source>
      <translation>Set-up message</translation>
    </message>
    <message>
      <location filename="../pages/admin/wizard.py" />
      <source>Naar de stappenlijst</source>
      <translation>To the list of steps</translation>
    </message>
    <message>
      <location filename="../pages/admin/wizard.py" />
      <source>Stappen van het inrichten</source>
      <translation>Steps of the set-up</translation>
    </message>
    <message>
      <location filename="../pages/admin/wizard.py" />
      <source>Telwijze</source>
      <translation>Counting method</translation>
    </message>
    <message>
      <location filename="../pages/admin/wizard.py" />
      <source>Terug naar Beheer</source>
      <translation>Back to Administration</translation>
    </message>
    <message>
      <location filename="../pages/admin/wizard.py" />
      <source>Typ groep {first} en groep {second} van {what}.</source>
      <translation>Type group {first} and group {second} of {what}.</translation>
    </message>
    <message>
      <location filename="../pages/admin/wizard.py" />
      <source>Verkiezing inrichten</source>
      <translation>Set up the election</translation>
    </message>
    <message>
      <location filename="../pages/admin/wizard.py" />
      <source>Verkiezing opslaan</source>
      <translation>Save the election</translation>
    </message>
    <message>
      <location filename="../pages/admin/wizard.py" />
      <source>Vingerafdrukken controleren</source>
      <translation>Check the fingerprints</translation>
    </message>
    <message>
      <location filename="../pages/admin/wizard.py" />
      <source>Volgende</source>
      <translation>Next</translation>
    </message>
    <message>
      <location filename="../pages/admin/wizard.py" />
      <location filename="../pages/typist/entry.py" />
      <source>Vorige</source>
      <translation>Previous</translation>
    </message>
    <message>
      <location filename="../pages/admin/wizard.py" />
      <source>Zo weet je zeker dat de bestanden dezelfde zijn als die van het centraal stembureau. Let op: typ de groepen met het nummer dat erboven staat.</source>
      <translation>This way you are sure the files are the same as those of the central electoral committee. Mind: type the groups with the number shown above them.</translation>
    </message>
    <message>
      <location filename="../pages/admin/wizard.py" />
      <source>de kandidatenlijsten</source>
      <translation>the candidate lists</translation>
    </message>
    <message>
      <location filename="../pages/admin/wizard.py" />
      <source>de verkiezingsdefinitie</source>
      <translation>the election definition</translation>
    </message>
    <message>
      <location filename="../pages/admin/wizard.py" />
      <source>nog niet gecontroleerd</source>
      <translation>not checked yet</translation>
    </message>
    <message>
      <location filename="../pages/admin/wizard.py" />
      <source>{n} lijsten gelezen. Controleer ze met het papier.</source>
      <translation>{n} lists read. Check them against the paper.</translation>
    </message>
    <message>
      <location filename="../pages/admin/wizard.py" />
      <source>✓ gecontroleerd</source>
      <translation>✓ checked</translation>
    </message>
    <message>
      <location filename="../pages/chain/common.py" />
      <location filename="../pages/coordinator/detail.py" />
      <location filename="../pages/coordinator/followup_dialogs.py" />
      <source>Schrijf eerst de reden op.</source>
      <translation>Write down the reason first.</translation>
    </message>
    <message>
      <location filename="../pages/chain/deceased.py" />
      <source>&amp;Kandidaat (nummer op de lijst)</source>
      <translation>&amp;Candidate (number on the list)</translation>
    </message>
    <message>
      <location filename="../pages/chain/deceased.py" />
      <source>&amp;Lijst</source>
      <translation>&amp;List</translation>
    </message>
    <message>
      <location filename="../pages/chain/deceased.py" />
      <source>Een kandidaat die voor de vaststelling van de uitslag is overleden, wordt niet gekozen (Kieswet P 19a). Leg dit vast vóór een loting.</source>
      <translation>A candidate who died before the result is determined is not elected (Kieswet P 19a). Record this before any lot.</translation>
    </message>
    <message>
      <location filename="../pages/chain/deceased.py" />
      <source>K&amp;ieskring</source>
      <translation>K&amp;ieskring</translation>
    </message>
    <message>
      <location filename="../pages/chain/deceased.py" />
      <source>Kieskring (alleen bij meer kieskringen)</source>
      <translation>Kieskring (only with several kieskringen)</translation>
    </message>
    <message>
      <location filename="../pages/chain/deceased.py" />
      <source>Lijstnummer</source>
      <translation>List number</translation>
    </message>
    <message>
      <location filename="../pages/chain/deceased.py" />
      <location filename="../pages/chain/receiving.py" />
      <location filename="../pages/chain/result.py" />
      <location filename="../pages/chain/typist.py" />
      <location filename="../pages/common.py" />
      <location filename="../pages/coordinator/dashboard.py" />
      <source>Melding</source>
      <translation>Message</translation>
    </message>
    <message>
      <location filename="../pages/chain/deceased.py" />
      <source>Nummer van de kandidaat op de lijst</source>
      <translation>Candidate's number on the list</translation>
    </message>
    <message>
      <location filename="../pages/chain/deceased.py" />
      <source>Overleden kandidaat vastleggen</source>
      <translation>Record a deceased candidate</translation>
    </message>
    <message>
      <location filename="../pages/chain/deceased.py" />
      <location filename="../pages/coordinator/followup_dialogs.py" />
      <source>Vastleggen</source>
      <translation>Record</translation>
    </message>
    <message>
      <location filename="../pages/chain/deceased.py" />
      <source>niet van toepassing</source>
      <translation>not applicable</translation>
    </message>
    <message>
      <location filename="../pages/chain/lot.py" />
      <source>De computer loot niet. Trek het lot in de openbare zitting en kies hieronder wat er getrokken is. Daarna kiest een tweede persoon, met een ander account, het nog een keer. Zijn beide keuzes gelijk, dan is de loting vastgelegd.</source>
      <translation>The computer does not draw. Draw the lot in the public session and choose below what was drawn. Then a second person, with another account, chooses it once more. When both choices are equal, the lot is recorded.</translation>
    </message>
    <message>
      <location filename="../pages/chain/lot.py" />
      <source>Getrokken:</source>
      <translation>Drawn:</translation>
    </message>
    <message>
      <location filename="../pages/chain/lot.py" />
      <source>Kies eerst wat er getrokken is.</source>
      <translation>First choose what was drawn.</translation>
    </message>
    <message>
      <location filename="../pages/chain/lot.py" />
      <source>Loting {number}</source>
      <translation>Lot {number}</translation>
    </message>
    <message>
      <location filename="../pages/chain/lot.py" />
      <source>Melding bij de loting</source>
      <translation>Message about the lot</translation>
    </message>
    <message>
      <location filename="../pages/chain/lot.py" />
      <source>Uitkomst vastleggen</source>
      <translation>Record the outcome</translation>
    </message>
    <message>
      <location filename="../pages/chain/lot.py" />
      <source>{reason} ({article}; zetel {seats}; gelijke waarde {value})</source>
      <translation>{reason} ({article}; seat {seats}; tied value {value})</translation>
    </message>
    <message>
      <location filename="../pages/chain/outputs.py" />
      <source>&amp;Aanmaakmoment telling (510c)</source>
      <translation>&amp;Creation time of the count (510c)</translation>
    </message>
    <message>
      <location filename="../pages/chain/outputs.py" />
      <source>&amp;Aanmaakmoment uitslag (520)</source>
      <translation>&amp;Creation time of the result (520)</translation>
    </message>
    <message>
      <location filename="../pages/chain/outputs.py" />
      <location filename="../pages/coordinator/outputs.py" />
      <source>&amp;Datum (op het proces-verbaal)</source>
      <translation>&amp;Date (on the official report)</translation>
    </message>
    <message>
      <location filename="../pages/chain/outputs.py" />
      <location filename="../pages/chain/requests.py" />
      <location filename="../pages/coordinator/outputs.py" />
      <source>&amp;Map</source>
      <translation>&amp;Folder</translation>
    </message>
    <message>
      <location filename="../pages/chain/outputs.py" />
      <location filename="../pages/coordinator/outputs.py" />
      <source>&amp;Plaats (op het proces-verbaal)</source>
      <translation>&amp;Place (on the official report)</translation>
    </message>
    <message>
      <location filename="../pages/chain/outputs.py" />
      <location filename="../pages/coordinator/outputs.py" />
      <source>&amp;Wachtwoord van de sleutel</source>
      <translation>The key's &amp;passphrase</translation>
    </message>
    <message>
      <location filename="../pages/chain/outputs.py" />
      <source>Aanmaakmoment van de uitslag</source>
      <translation>Creation time of the result</translation>
    </message>
    <message>
      <location filename="../pages/chain/outputs.py" />
      <location filename="../pages/chain/receiving.py" />
      <location filename="../pages/chain/result.py" />
      <location filename="../pages/chain/unit.py" />
      <location filename="../pages/coordinator/outputs.py" />
      <location filename="../pages/coordinator/sittings.py" />
      <source>Bestand</source>
      <translation>File</translation>
    </message>
    <message>
      <location filename="../pages/chain/outputs.py" />
      <source>Certificaat van de sleutel</source>
      <translation>The key's certificate</translation>
    </message>
    <message>
      <location filename="../pages/chain/outputs.py" />
      <location filename="../pages/coordinator/outputs.py" />
      <source>Datum van het proces-verbaal</source>
      <translation>Date of the official report</translation>
    </message>
    <message>
      <location filename="../pages/chain/outputs.py" />
      <location filename="../pages/coordinator/outputs.py" />
      <source>De bestanden staan in {folder}. Schrijf de vingerafdrukken over op het papier en vergelijk ze hardop.</source>
      <translation>The files are in {folder}. Copy the fingerprints onto the paper and compare them aloud.</translation>
    </message>
    <message>
      <location filename="../pages/chain/outputs.py" />
      <source>De telling van de kieskring (510c) en het proces-verbaal O 3 worden ondertekend met de sleutel van deze installatie. Met de CSV voor publicatie komen ze in de map die je kiest.</source>
      <translation>The kieskring's count (510c) and the report O 3 are signed with this installation's key. They are written, with the CSV for publication, into the folder you choose.</translation>
    </message>
    <message>
      <location filename="../pages/chain/outputs.py" />
      <source>De uitslag (520), het proces-verbaal (P 22-2 of P 22-1) en de berekening worden ondertekend met de sleutel van deze installatie. Met de CSV voor publicatie komen ze in de map die je kiest.</source>
      <translation>The result (520), the report (P 22-2 or P 22-1) and the calculation are signed with this installation's key. They are written, with the CSV for publication, into the folder you choose.</translation>
    </message>
    <message>
      <location filename="../pages/chain/outputs.py" />
      <source>Het bestand waar het proces-verbaal bij hoort</source>
      <translation>The file the report belongs to</translation>
    </message>
    <message>
      <location filename="../pages/chain/outputs.py" />
      <location filename="../pages/coordinator/outputs.py" />
      <source>Kies eerst de map voor de uitvoer.</source>
      <translation>First choose the folder for the outputs.</translation>
    </message>
    <message>
      <location filename="../pages/chain/outputs.py" />
      <location filename="../pages/coordinator/outputs.py" />
      <source>Map voor de uitvoer</source>
      <translation>Folder for the outputs</translation>
    </message>
    <message>
      <location filename="../pages/chain/outputs.py" />
      <location filename="../pages/coordinator/outputs.py" />
      <source>Melding uitvoer</source>
      <translation>Outputs message</translation>
    </message>
    <message>
      <location filename="../pages/chain/outputs.py" />
      <location filename="../pages/chain/requests.py" />
      <location filename="../pages/coordinator/outputs.py" />
      <source>Plaats</source>
      <translation>Place</translation>
    </message>
    <message>
      <location filename="../pages/chain/outputs.py" />
      <location filename="../pages/coordinator/outputs.py" />
      <source>Uitvoer maken</source>
      <translation>Make the outputs</translation>
    </message>
    <message>
      <location filename="../pages/chain/outputs.py" />
      <location filename="../pages/coordinator/outputs.py" />
      <source>Uitvoer maken en opslaan</source>
      <translation>Make and save the outputs</translation>
    </message>
    <message>
      <location filename="../pages/chain/outputs.py" />
      <location filename="../pages/coordinator/outputs.py" />
      <source>Uitvoer opgeslagen</source>
      <translation>Outputs saved</translation>
    </message>
    <message>
      <location filename="../pages/chain/outputs.py" />
      <location filename="../pages/coordinator/outputs.py" />
      <location filename="../pages/coordinator/sittings.py" />
      <source>Vingerafdruk (SHA-256)</source>
      <translation>Fingerprint (SHA-256)</translation>
    </message>
    <message>
      <location filename="../pages/chain/receive_file.py" />
      <source>&amp;Handtekening (.sig, als die er is)</source>
      <translation>&amp;Signature (.sig, if there is one)</translation>
    </message>
    <message>
      <location filename="../pages/chain/receive_file.py" />
      <source>&amp;Telling (510b of 510c)</source>
      <translation>&amp;Count (510b or 510c)</translation>
    </message>
    <message>
      <location filename="../pages/chain/receive_file.py" />
      <source>Bestand bewaren</source>
      <translation>Keep the file</translation>
    </message>
    <message>
      <location filename="../pages/chain/receive_file.py" />
      <source>Bestand van een gemeente of hoofdstembureau inlezen</source>
      <translation>Import a file of a municipality or hoofdstembureau</translation>
    </message>
    <message>
      <location filename="../pages/chain/receive_file.py" />
      <source>Handtekening</source>
      <translation>Signature</translation>
    </message>
    <message>
      <location filename="../pages/chain/receive_file.py" />
      <source>Kies de handtekening (.sig)</source>
      <translation>Choose the signature (.sig)</translation>
    </message>
    <message>
      <location filename="../pages/chain/receive_file.py" />
      <source>Kies de telling</source>
      <translation>Choose the count</translation>
    </message>
    <message>
      <location filename="../pages/chain/receive_file.py" />
      <source>Kies de telling (510b of 510c) die bij het proces-verbaal hoort, en het bestand met de handtekening (.sig) als dat er is.</source>
      <translation>Choose the count (510b or 510c) that belongs to the report, and the signature file (.sig) if there is one.</translation>
    </message>
    <message>
      <location filename="../pages/chain/receive_file.py" />
      <source>Kies eerst de telling.</source>
      <translation>First choose the count.</translation>
    </message>
    <message>
      <location filename="../pages/chain/receive_file.py" />
      <source>Melding bij het inlezen</source>
      <translation>Message about the import</translation>
    </message>
    <message>
      <location filename="../pages/chain/receive_file.py" />
      <source>Niet ondertekend (geen .sig gekozen).</source>
      <translation>Not signed (no .sig chosen).</translation>
    </message>
    <message>
      <location filename="../pages/chain/receive_file.py" />
      <source>Ondertekend; certificaat {signer}.</source>
      <translation>Signed; certificate {signer}.</translation>
    </message>
    <message>
      <location filename="../pages/chain/receive_file.py" />
      <source>Telling</source>
      <translation>Count</translation>
    </message>
    <message>
      <location filename="../pages/chain/receive_file.py" />
      <source>Typ eerst de twee groepen van de vingerafdruk over.</source>
      <translation>First type the two groups of the fingerprint.</translation>
    </message>
    <message>
      <location filename="../pages/chain/receive_file.py" />
      <source>Vingerafdruk van de telling</source>
      <translation>Fingerprint of the count</translation>
    </message>
    <message>
      <location filename="../pages/chain/receive_file.py" />
      <source>Zoek de vingerafdruk op het proces-verbaal van {name} dat met dit bestand is gekomen. Typ groep {first} en groep {second} over.</source>
      <translation>Find the fingerprint on the report of {name} that came with this file. Type group {first} and group {second}.</translation>
    </message>
    <message>
      <location filename="../pages/chain/receive_file.py" />
      <source>de telling</source>
      <translation>the count</translation>
    </message>
    <message>
      <location filename="../pages/chain/receive_file.py" />
      <source>{code} — {name}: {votes} geldige stemmen.</source>
      <translation>{code} — {name}: {votes} valid votes.</translation>
    </message>
    <message>
      <location filename="../pages/chain/receiving.py" />
      <source>Bestand inlezen…</source>
      <translation>Import a file…</translation>
    </message>
    <message>
      <location filename="../pages/chain/receiving.py" />
      <location filename="../pages/chain/result.py" />
      <location filename="../pages/chain/typist.py" />
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <location filename="../pages/chain/receiving.py" />
      <location filename="../pages/chain/unit.py" />
      <source>De gekozen eenheid</source>
      <translation>The chosen unit</translation>
    </message>
    <message>
      <location filename="../pages/chain/receiving.py" />
      <location filename="../pages/coordinator/table.py" />
      <source>F / W</source>
      <translation>E / W</translation>
    </message>
    <message>
      <location filename="../pages/chain/receiving.py" />
      <source>Gemeenten en hoofdstembureaus</source>
      <translation>Municipalities and hoofdstembureaus</translation>
    </message>
    <message>
      <location filename="../pages/chain/receiving.py" />
      <source>Het bestand van {code} — {name} is bewaard: {state}.</source>
      <translation>The file of {code} — {name} is kept: {state}.</translation>
    </message>
    <message>
      <location filename="../pages/chain/receiving.py" />
      <source>Naar de tabel</source>
      <translation>To the table</translation>
    </message>
    <message>
      <location filename="../pages/chain/receiving.py" />
      <location filename="../pages/chain/result.py" />
      <source>Nog niet alles is binnen.</source>
      <translation>Not everything is in yet.</translation>
    </message>
    <message>
      <location filename="../pages/chain/receiving.py" />
      <location filename="../pages/chain/result.py" />
      <location filename="../pages/coordinator/dashboard.py" />
      <source>Nu verversen</source>
      <translation>Refresh now</translation>
    </message>
    <message>
      <location filename="../pages/chain/receiving.py" />
      <source>Ontvangst van de processen-verbaal</source>
      <translation>Receiving the reports</translation>
    </message>
    <message>
      <location filename="../pages/chain/receiving.py" />
      <source>Ontvangst — {body} {area}</source>
      <translation>Receiving — {body} {area}</translation>
    </message>
    <message>
      <location filename="../pages/chain/receiving.py" />
      <source>Optellen en uitvoer</source>
      <translation>Adding up and outputs</translation>
    </message>
    <message>
      <location filename="../pages/chain/receiving.py" />
      <location filename="../pages/coordinator/table.py" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../pages/chain/receiving.py" />
      <source>Uitslag en zetels</source>
      <translation>Result and seats</translation>
    </message>
    <message>
      <location filename="../pages/chain/receiving.py" />
      <source>nog geen bestand</source>
      <translation>no file yet</translation>
    </message>
    <message>
      <location filename="../pages/chain/receiving.py" />
      <source>versie {n}</source>
      <translation>version {n}</translation>
    </message>
    <message>
      <location filename="../pages/chain/receiving.py" />
      <location filename="../pages/coordinator/table.py" />
      <source>{errors} fouten, {warnings} waarschuwingen</source>
      <translation>{errors} errors, {warnings} warnings</translation>
    </message>
    <message>
      <location filename="../pages/chain/requests.py" />
      <source>&amp;Gemeente (CBS-code)</source>
      <translation>&amp;Municipality (CBS code)</translation>
    </message>
    <message>
      <location filename="../pages/chain/requests.py" />
      <source>&amp;Opdracht</source>
      <translation>&amp;Assignment</translation>
    </message>
    <message>
      <location filename="../pages/chain/requests.py" />
      <source>&amp;Plaats en datum (op het verzoek)</source>
      <translation>&amp;Place and date (on the request)</translation>
    </message>
    <message>
      <location filename="../pages/chain/requests.py" />
      <location filename="../pages/coordinator/followup_dialogs.py" />
      <source>&amp;Reden</source>
      <translation>&amp;Reason</translation>
    </message>
    <message>
      <location filename="../pages/chain/requests.py" />
      <source>&amp;Stembureau</source>
      <translation>Polling &amp;station</translation>
    </message>
    <message>
      <location filename="../pages/chain/requests.py" />
      <source>Gekozen verzoek verwijderen</source>
      <translation>Remove the chosen request</translation>
    </message>
    <message>
      <location filename="../pages/chain/requests.py" />
      <source>Gemeente (CBS-code, bijvoorbeeld 0668)</source>
      <translation>Municipality (CBS code, e.g. 0668)</translation>
    </message>
    <message>
      <location filename="../pages/chain/requests.py" />
      <source>Het verzoek is vastgelegd.</source>
      <translation>The request is recorded.</translation>
    </message>
    <message>
      <location filename="../pages/chain/requests.py" />
      <source>Het verzoek is verwijderd.</source>
      <translation>The request is removed.</translation>
    </message>
    <message>
      <location filename="../pages/chain/requests.py" />
      <source>Kies eerst de map voor de verzoeken.</source>
      <translation>First choose the folder for the requests.</translation>
    </message>
    <message>
      <location filename="../pages/chain/requests.py" />
      <source>Kies eerst een verzoek in de tabel.</source>
      <translation>First choose a request in the table.</translation>
    </message>
    <message>
      <location filename="../pages/chain/requests.py" />
      <source>Map voor de verzoeken</source>
      <translation>Folder for the requests</translation>
    </message>
    <message>
      <location filename="../pages/chain/requests.py" />
      <source>Melding bij de verzoeken</source>
      <translation>Message about the requests</translation>
    </message>
    <message>
      <location filename="../pages/chain/requests.py" />
      <location filename="../pages/coordinator/followup_dialogs.py" />
      <location filename="../pages/typist/home.py" />
      <source>Nummer van het stembureau</source>
      <translation>Polling station number</translation>
    </message>
    <message>
      <location filename="../pages/chain/requests.py" />
      <location filename="../pages/coordinator/followup_dialogs.py" />
      <location filename="../pages/coordinator/investigations.py" />
      <source>Opdracht</source>
      <translation>Assignment</translation>
    </message>
    <message>
      <location filename="../pages/chain/requests.py" />
      <source>Opgeslagen in {folder}: {names}.</source>
      <translation>Saved in {folder}: {names}.</translation>
    </message>
    <message>
      <location filename="../pages/chain/requests.py" />
      <location filename="../pages/coordinator/investigations.py" />
      <source>Reden</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../pages/chain/requests.py" />
      <location filename="../widgets/page.py" />
      <source>Sluiten</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../pages/chain/requests.py" />
      <source>Vastgelegde verzoeken</source>
      <translation>Recorded requests</translation>
    </message>
    <message>
      <location filename="../pages/chain/requests.py" />
      <source>Verzoek vastleggen</source>
      <translation>Record the request</translation>
    </message>
    <message>
      <location filename="../pages/chain/requests.py" />
      <source>Verzoeken aan deze gemeente opslaan</source>
      <translation>Save the requests to this municipality</translation>
    </message>
    <message>
      <location filename="../pages/chain/requests.py" />
      <source>Verzoeken om onderzoek aan gemeenten</source>
      <translation>Investigation requests to municipalities</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>  in de volgorde van de lijst (Kieswet P 17): {names}</source>
      <translation>  in list order (Kieswet P 17): {names}</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>  met voorkeurstemmen (Kieswet P 15): {names}</source>
      <translation>  by preference votes (Kieswet P 15): {names}</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Alle vastgelegde lotingen worden ingetrokken en opnieuw getrokken. Waarom? (komt in het logboek)</source>
      <translation>Every recorded lot is withdrawn and drawn again. Why? (goes into the log)</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Artikel</source>
      <translation>Article</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>De berekening kan nog niet.</source>
      <translation>The calculation cannot run yet.</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>De berekening stap voor stap</source>
      <translation>The calculation step by step</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>De hele berekening</source>
      <translation>The whole calculation</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>De hele berekening (zoals in berekening.txt)</source>
      <translation>The whole calculation (as in berekening.txt)</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>De lotingen zijn ingetrokken.</source>
      <translation>The lots are withdrawn.</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Eerst moet de loting worden vastgelegd.</source>
      <translation>The lot must be recorded first.</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Er is geen loting vastgelegd.</source>
      <translation>No lot is recorded.</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Er is geen overleden kandidaat vastgelegd.</source>
      <translation>No deceased candidate is recorded.</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Er zijn geen restzetels te verdelen.</source>
      <translation>There are no residual seats to allocate.</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Herkomst: welk bestand telt mee</source>
      <translation>Provenance: which file counts</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Het hoofdstembureau telt de uitkomsten van de gemeenten op tot de telling van de kieskring (510c) en maakt het proces-verbaal O 3. De zetels verdeelt het centraal stembureau.</source>
      <translation>The hoofdstembureau adds up the municipalities' results into the kieskring's count (510c) and makes the report O 3. The central committee allocates the seats.</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Hoe</source>
      <translation>How</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Lijst {list}, kandidaat {candidate}: {name}</source>
      <translation>List {list}, candidate {candidate}: {name}</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Lijst {number} — {name}</source>
      <translation>List {number} — {name}</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Loting</source>
      <translation>Lot</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Loting {number} ({article}): {outcome} — ingevoerd door {people}</source>
      <translation>Lot {number} ({article}): {outcome} — typed by {people}</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Lotingen</source>
      <translation>Lots</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Lotingen intrekken</source>
      <translation>Withdraw the lots</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Lotingen intrekken…</source>
      <translation>Withdraw the lots…</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Naar lijst</source>
      <translation>To list</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Nog niet bekend: eerst moet de loting worden vastgelegd.</source>
      <translation>Not known yet: the lot must be recorded first.</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Ondertekend</source>
      <translation>Signed</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Ontvangst</source>
      <translation>Receiving</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Optellen en uitvoer van de kieskring</source>
      <translation>Adding up and the kieskring's outputs</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Overleden kandidaat vastleggen…</source>
      <translation>Record a deceased candidate…</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Overleden kandidaat verwijderen</source>
      <translation>Remove a deceased candidate</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Overleden kandidaten (Kieswet P 19a)</source>
      <translation>Deceased candidates (Kieswet P 19a)</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Overschot of gemiddelde</source>
      <translation>Remainder or average</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Restzetel</source>
      <translation>Residual seat</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Restzetels</source>
      <translation>Residual seats</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Stap 1 — Kiesdeler (Kieswet P 5)</source>
      <translation>Step 1 — Quota (Kieswet P 5)</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Stap 2 — Volle zetels (Kieswet P 6)</source>
      <translation>Step 2 — Full seats (Kieswet P 6)</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Stap 3 — Restzetels</source>
      <translation>Step 3 — Residual seats</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Stap 4 — Zetels per lijst</source>
      <translation>Step 4 — Seats per list</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Stap 5 — Gekozen kandidaten</source>
      <translation>Step 5 — Elected candidates</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Stemcijfer</source>
      <translation>Votes</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Toewijzing van de zetels</source>
      <translation>Allocation of the seats</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Totaal</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Uitkomst van de loting invoeren…</source>
      <translation>Enter the outcome of the lot…</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Uitvoer maken…</source>
      <translation>Make the outputs…</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Vastgelegd als overleden: {name} (lijst {list}).</source>
      <translation>Recorded as deceased: {name} (list {list}).</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Verwijderd: {name}.</source>
      <translation>Removed: {name}.</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Verwijderen: {what}</source>
      <translation>Remove: {what}</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Verzoeken om onderzoek…</source>
      <translation>Investigation requests…</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Vingerafdruk</source>
      <translation>Fingerprint</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Volle zetels</source>
      <translation>Full seats</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Voorkeurdrempel (Kieswet P 15): {value} stemmen.</source>
      <translation>Preference threshold (Kieswet P 15): {value} votes.</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>Zo vaak als de kiesdeler in het stemcijfer van een lijst past.</source>
      <translation>As many times as the quota fits into a list's votes.</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>beslist door loting</source>
      <translation>decided by lot</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>{name} is per vergissing als overleden vastgelegd?</source>
      <translation>{name} was recorded as deceased by mistake?</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>{votes} stemmen gedeeld door {seats} zetels = {quota}</source>
      <translation>{votes} votes divided by {seats} seats = {quota}</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>⚠ De berekening wacht op loting {number}.</source>
      <translation>⚠ The calculation waits for lot {number}.</translation>
    </message>
    <message>
      <location filename="../pages/chain/result.py" />
      <source>⚠ De volgende zetel wacht op de loting (zie boven); daarna gaat het verder.</source>
      <translation>⚠ The next seat waits for the lot (see above); then it goes on.</translation>
    </message>
    <message>
      <location filename="../pages/chain/typist.py" />
      <source>De berekening wacht op loting {number} ({article}).</source>
      <translation>The calculation waits for lot {number} ({article}).</translation>
    </message>
    <message>
      <location filename="../pages/chain/typist.py" />
      <source>Eenheden om in te voeren</source>
      <translation>Units to type</translation>
    </message>
    <message>
      <location filename="../pages/chain/typist.py" />
      <source>Invoeren</source>
      <translation>Typing</translation>
    </message>
    <message>
      <location filename="../pages/chain/typist.py" />
      <source>Kies de gemeente of het hoofdstembureau waarvan je het proces-verbaal op papier hebt, en typ de totalen over zoals ze op het papier staan.</source>
      <translation>Choose the municipality or hoofdstembureau whose paper report you have, and type the totals as they are on the paper.</translation>
    </message>
    <message>
      <location filename="../pages/chain/typist.py" />
      <source>Kies eerst een eenheid.</source>
      <translation>First choose a unit.</translation>
    </message>
    <message>
      <location filename="../pages/chain/typist.py" />
      <source>Proces-verbaal invoeren</source>
      <translation>Type the report</translation>
    </message>
    <message>
      <location filename="../pages/chain/typist.py" />
      <source>Processen-verbaal invoeren</source>
      <translation>Type the reports</translation>
    </message>
    <message>
      <location filename="../pages/chain/typist.py" />
      <source>Uitkomst van een loting invoeren…</source>
      <translation>Enter the outcome of a lot…</translation>
    </message>
    <message>
      <location filename="../pages/chain/unit.py" />
      <source>Alleen velden met een verschil tonen</source>
      <translation>Only show fields that differ</translation>
    </message>
    <message>
      <location filename="../pages/chain/unit.py" />
      <source>Bestand weigeren</source>
      <translation>Refuse the file</translation>
    </message>
    <message>
      <location filename="../pages/chain/unit.py" />
      <location filename="../pages/coordinator/detail.py" />
      <source>Gedaan: {what}.</source>
      <translation>Done: {what}.</translation>
    </message>
    <message>
      <location filename="../pages/chain/unit.py" />
      <source>Geen eenheid gekozen</source>
      <translation>No unit chosen</translation>
    </message>
    <message>
      <location filename="../pages/chain/unit.py" />
      <location filename="../pages/coordinator/detail.py" />
      <source>Heropenen</source>
      <translation>Reopen</translation>
    </message>
    <message>
      <location filename="../pages/chain/unit.py" />
      <source>Heropenen gooit de invoer van het papier weg en zet het bestand opzij. Waarom heropen je deze eenheid? (komt in het logboek)</source>
      <translation>Reopening discards the typed paper and sets the file aside. Why do you reopen this unit? (goes into the log)</translation>
    </message>
    <message>
      <location filename="../pages/chain/unit.py" />
      <source>Het papier klopt en het bestand niet. Waarom weiger je het bestand? (komt in het logboek)</source>
      <translation>The paper is right and the file is not. Why do you refuse the file? (goes into the log)</translation>
    </message>
    <message>
      <location filename="../pages/chain/unit.py" />
      <source>Kies een eenheid in de tabel om haar hier te zien.</source>
      <translation>Choose a unit in the table to see it here.</translation>
    </message>
    <message>
      <location filename="../pages/chain/unit.py" />
      <source>Melding bij de eenheid</source>
      <translation>Message about the unit</translation>
    </message>
    <message>
      <location filename="../pages/chain/unit.py" />
      <source>Nog geen bestand ingelezen.</source>
      <translation>No file imported yet.</translation>
    </message>
    <message>
      <location filename="../pages/chain/unit.py" />
      <source>Notitie opslaan</source>
      <translation>Save the note</translation>
    </message>
    <message>
      <location filename="../pages/chain/unit.py" />
      <source>Notitie: {text}</source>
      <translation>Note: {text}</translation>
    </message>
    <message>
      <location filename="../pages/chain/unit.py" />
      <source>Papier</source>
      <translation>Paper</translation>
    </message>
    <message>
      <location filename="../pages/chain/unit.py" />
      <source>Papier en bestand naast elkaar</source>
      <translation>Paper and file side by side</translation>
    </message>
    <message>
      <location filename="../pages/chain/unit.py" />
      <source>Veld (zoals op het papier)</source>
      <translation>Field (as on the paper)</translation>
    </message>
    <message>
      <location filename="../pages/chain/unit.py" />
      <source>Vingerafdruk van het bestand: {value}</source>
      <translation>Fingerprint of the file: {value}</translation>
    </message>
    <message>
      <location filename="../pages/chain/unit.py" />
      <source>Wat doe je met de fouten of waarschuwingen van {unit}?</source>
      <translation>What do you do about the errors or warnings of {unit}?</translation>
    </message>
    <message>
      <location filename="../pages/chain/unit.py" />
      <source>niet ondertekend</source>
      <translation>not signed</translation>
    </message>
    <message>
      <location filename="../pages/chain/unit.py" />
      <source>ondertekend</source>
      <translation>signed</translation>
    </message>
    <message>
      <location filename="../pages/chain/unit.py" />
      <source>papier en bestand verschillen</source>
      <translation>paper and file differ</translation>
    </message>
    <message>
      <location filename="../pages/chain/unit.py" />
      <source>{name}, versie {version} ({state}; {signed})</source>
      <translation>{name}, version {version} ({state}; {signed})</translation>
    </message>
    <message>
      <location filename="../pages/chain/unit.py" />
      <source>{what} voor {unit}? Dit kan niet ongedaan worden.</source>
      <translation>{what} for {unit}? This cannot be undone.</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/__init__.py" />
      <source>Handel eerst de signalen af; daarna kun je de zitting hier afronden.</source>
      <translation>Deal with the signals first; then you can finish the sitting here.</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/dashboard.py" />
      <source>&amp;Toon:</source>
      <translation>&amp;Show:</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/dashboard.py" />
      <source>&amp;Zoek:</source>
      <translation>&amp;Search:</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/dashboard.py" />
      <source>Alle stembureaus zijn definitief. Na het afronden kan niemand meer invoeren; daarna maak je de uitvoer (510b, proces-verbaal Na 31-2 en CSV).</source>
      <translation>All polling stations are definitive. After finishing, nobody can enter any more; then you make the outputs (510b, official report Na 31-2 and CSV).</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/dashboard.py" />
      <location filename="../pages/projector.py" />
      <source>Definitief: {done} van {total} stembureaus ({percent}%)</source>
      <translation>Definitive: {done} of {total} polling stations ({percent}%)</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/dashboard.py" />
      <location filename="../pages/coordinator/detail.py" />
      <source>Details van het stembureau</source>
      <translation>Details of the polling station</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/dashboard.py" />
      <source>In het zoekveld: het stembureau met dat nummer kiezen</source>
      <translation>In the search field: choose the station with that number</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/dashboard.py" />
      <source>Invoer hervatten</source>
      <translation>Resume data entry</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/dashboard.py" />
      <source>Invoer pauzeren</source>
      <translation>Pause data entry</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/dashboard.py" />
      <source>Naar de tabel met stembureaus</source>
      <translation>To the table of polling stations</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/dashboard.py" />
      <source>Naar het zoekveld</source>
      <translation>To the search field</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/dashboard.py" />
      <source>Overzicht van de invoer</source>
      <translation>Data entry overview</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/dashboard.py" />
      <source>Toon</source>
      <translation>Show</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/dashboard.py" />
      <location filename="../pages/projector.py" />
      <source>Voortgang</source>
      <translation>Progress</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/dashboard.py" />
      <location filename="../pages/coordinator/signals.py" />
      <source>Zitting afronden</source>
      <translation>Finish the session</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/dashboard.py" />
      <location filename="../pages/coordinator/signals.py" />
      <source>Zitting afronden…</source>
      <translation>Finish the session…</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/dashboard.py" />
      <source>Zittingen en onderzoek…</source>
      <translation>Sittings and investigations…</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/dashboard.py" />
      <source>Zoek op nummer of naam</source>
      <translation>Search by number or name</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/dashboard.py" />
      <source>alle stembureaus</source>
      <translation>all polling stations</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/dashboard.py" />
      <source>alles behalve definitief</source>
      <translation>all but definitive</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/dashboard.py" />
      <source>nummer of naam</source>
      <translation>number or name</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/dashboard.py" />
      <source>{shown} van {total}</source>
      <translation>{shown} of {total}</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/detail.py" />
      <source>&amp;Reden (komt in het logboek)</source>
      <translation>&amp;Reason (goes into the log)</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/detail.py" />
      <source>&amp;Toelichting op de waarschuwingen (komt op het proces-verbaal)</source>
      <translation>&amp;Explanation of the warnings (printed on the official report)</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/detail.py" />
      <location filename="../pages/coordinator/table.py" />
      <source>1e invoer</source>
      <translation>1st entry</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/detail.py" />
      <location filename="../pages/coordinator/table.py" />
      <source>2e invoer</source>
      <translation>2nd entry</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/detail.py" />
      <source>Alleen velden met een verschil of melding tonen</source>
      <translation>Show only fields with a difference or a finding</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/detail.py" />
      <source>Beide invoeren naast elkaar</source>
      <translation>Both entries side by side</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/detail.py" />
      <source>De invoer van {station} is nog niet afgerond. Vrijgeven gooit deze invoer weg; een afgeronde andere invoer blijft staan. Doe dit alleen als de invoerder niet verder kan (bijvoorbeeld een laptop die is vastgelopen). Waarom geef je de invoer vrij?</source>
      <translation>The entry of {station} is not finished. Releasing throws this entry away; a finished other entry stays. Do this only when the typist cannot go on (for example a laptop that froze). Why do you release the entry?</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/detail.py" />
      <source>De toelichting is opgeslagen.</source>
      <translation>The explanation has been saved.</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/detail.py" />
      <location filename="../pages/typist/review.py" />
      <location filename="../widgets/findings.py" />
      <source>Fout</source>
      <translation>Error</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/detail.py" />
      <source>Geen stembureau gekozen</source>
      <translation>No polling station chosen</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/detail.py" />
      <source>Kies een stembureau in de tabel om het hier te zien.</source>
      <translation>Choose a polling station in the table to see it here.</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/detail.py" />
      <source>Melding bij het stembureau</source>
      <translation>Polling station message</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/detail.py" />
      <source>Nog niet ingevoerd.</source>
      <translation>Not entered yet.</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/detail.py" />
      <source>Reden van heropenen</source>
      <translation>Reason for reopening</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/detail.py" />
      <source>Reden van vrijgeven</source>
      <translation>Reason for releasing</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/detail.py" />
      <source>Stembureau heropenen</source>
      <translation>Reopen the polling station</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/detail.py" />
      <location filename="../pages/coordinator/investigations.py" />
      <location filename="../pages/coordinator/signals.py" />
      <location filename="../pages/coordinator/sittings.py" />
      <location filename="../pages/typist/entry.py" />
      <location filename="../pages/typist/home.py" />
      <source>Stembureau {number} — {name}</source>
      <translation>Polling station {number} — {name}</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/detail.py" />
      <source>Toelichting op de waarschuwingen</source>
      <translation>Explanation of the warnings</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/detail.py" />
      <source>Toelichting opslaan</source>
      <translation>Save the explanation</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/detail.py" />
      <location filename="../pages/coordinator/sittings.py" />
      <source>Veld</source>
      <translation>Field</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/detail.py" />
      <source>Vrijgeven</source>
      <translation>Release</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/detail.py" />
      <location filename="../pages/typist/review.py" />
      <location filename="../widgets/findings.py" />
      <source>Waarschuwing</source>
      <translation>Warning</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/detail.py" />
      <source>afgerond</source>
      <translation>finished</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/detail.py" />
      <source>beide invoeren</source>
      <translation>both entries</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/detail.py" />
      <source>bezig</source>
      <translation>busy</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/detail.py" />
      <source>de invoeren verschillen</source>
      <translation>the entries differ</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/detail.py" />
      <location filename="../widgets/sections.py" />
      <source>fout</source>
      <translation>error</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/detail.py" />
      <location filename="../widgets/sections.py" />
      <source>waarschuwing</source>
      <translation>warning</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/detail.py" />
      <source>{station} is definitief. Heropenen gooit beide invoeren weg; daarna wordt het opnieuw twee keer ingevoerd. Waarom heropen je het?</source>
      <translation>{station} is definitive. Reopening discards both entries; then it is entered twice again. Why do you reopen it?</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/detail.py" />
      <source>{what} voor {station}? Dit kan niet ongedaan worden.</source>
      <translation>{what} for {station}? This cannot be undone.</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/followup_dialogs.py" />
      <source>&amp;Bevindingen (komen op het proces-verbaal)</source>
      <translation>&amp;Findings (printed on the official report)</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/followup_dialogs.py" />
      <source>&amp;Kiesgerechtigden</source>
      <translation>&amp;Eligible voters</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/followup_dialogs.py" />
      <location filename="../pages/typist/home.py" />
      <source>&amp;Nummer van het stembureau</source>
      <translation>Polling station &amp;number</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/followup_dialogs.py" />
      <source>&amp;Opdracht (wat er moet gebeuren)</source>
      <translation>&amp;Assignment (what is to be done)</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/followup_dialogs.py" />
      <source>Afronden</source>
      <translation>Conclude</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/followup_dialogs.py" />
      <location filename="../pages/coordinator/investigations.py" />
      <source>Bevindingen</source>
      <translation>Findings</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/followup_dialogs.py" />
      <source>De uitkomsten van het stembureau blijven zoals ze waren.</source>
      <translation>The station's results stay as they were.</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/followup_dialogs.py" />
      <source>Een stembureau dat in de telling ontbrak, komt er in deze nieuwe zitting bij. Het wordt daarna twee keer ingevoerd (van 0 naar de getelde aantallen).</source>
      <translation>A station that was missing from the count is added in this follow-up sitting. It is then entered twice (from 0 to the numbers counted).</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/followup_dialogs.py" />
      <source>Het stembureau wordt daarna opnieuw twee keer ingevoerd. De invoerders zien de vorige getallen naast de velden en typen alleen wat anders is.</source>
      <translation>The station is then entered twice again. The typists see the previous numbers beside the fields and type only what is different.</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/followup_dialogs.py" />
      <source>Leg vast welk stembureau wordt onderzocht, op wiens verzoek en waarom. De reden komt op het proces-verbaal.</source>
      <translation>Record which station is investigated, at whose request and why. The reason is printed on the official report.</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/followup_dialogs.py" />
      <source>N&amp;aam</source>
      <translation>N&amp;ame</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/followup_dialogs.py" />
      <source>Naam van het stembureau</source>
      <translation>Name of the station</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/followup_dialogs.py" />
      <source>Onderzoek vastleggen</source>
      <translation>Record an investigation</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/followup_dialogs.py" />
      <source>Ontbrekend stembureau toevoegen</source>
      <translation>Add a missing station</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/followup_dialogs.py" />
      <location filename="../pages/coordinator/investigations.py" />
      <source>Op verzoek van</source>
      <translation>Requested by</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/followup_dialogs.py" />
      <source>Reden van het onderzoek</source>
      <translation>Reason for the investigation</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/followup_dialogs.py" />
      <source>Schrijf eerst de bevindingen op.</source>
      <translation>Write down the findings first.</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/followup_dialogs.py" />
      <source>Vul de naam van het stembureau in.</source>
      <translation>Fill in the name of the station.</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/followup_dialogs.py" />
      <source>Vul het nummer van het stembureau in.</source>
      <translation>Fill in the number of the station.</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/investigations.py" />
      <source> (toegevoegd in deze zitting)</source>
      <translation> (added in this sitting)</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/investigations.py" />
      <source>Corrigendumformulier opslaan</source>
      <translation>Save the corrigendum form</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/investigations.py" />
      <source>Geen onderzoek gekozen</source>
      <translation>No investigation chosen</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/investigations.py" />
      <source>Het gekozen onderzoek</source>
      <translation>The chosen investigation</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/investigations.py" />
      <source>Het onderzoek van stembureau {number} is vastgelegd.</source>
      <translation>The investigation of station {number} was recorded.</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/investigations.py" />
      <source>In deze zitting is nog geen onderzoek vastgelegd.</source>
      <translation>No investigation has been recorded in this sitting yet.</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/investigations.py" />
      <source>Kies een onderzoek in de tabel om het hier te zien.</source>
      <translation>Choose an investigation in the table to see it here.</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/investigations.py" />
      <source>Melding onderzoek</source>
      <translation>Investigation message</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/investigations.py" />
      <source>Naar de tabel met onderzoeken</source>
      <translation>To the table of investigations</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/investigations.py" />
      <source>Onderzoek</source>
      <translation>Investigations</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/investigations.py" />
      <source>Onderzoek vastleggen…</source>
      <translation>Record an investigation…</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/investigations.py" />
      <source>Onderzoek — {sitting}</source>
      <translation>Investigations — {sitting}</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/investigations.py" />
      <location filename="../pages/coordinator/sittings.py" />
      <source>Onderzoeken</source>
      <translation>Investigations</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/investigations.py" />
      <source>Onderzoeken op verzoek van het centraal stembureau of op eigen initiatief. Kies er een in de tabel om het af te ronden of het formulier af te drukken.</source>
      <translation>Investigations at the central committee's request or on our own initiative. Choose one in the table to conclude it or to print its form.</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/investigations.py" />
      <source>Ontbrekend stembureau toevoegen…</source>
      <translation>Add a missing station…</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/investigations.py" />
      <source>Opgeslagen: {path}. Druk het af en geef het mee met de opdracht.</source>
      <translation>Saved: {path}. Print it and hand it out with the assignment.</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/investigations.py" />
      <source>PDF-bestand (*.pdf)</source>
      <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/investigations.py" />
      <source>Stand</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/investigations.py" />
      <source>Stembureau {number} is toegevoegd.</source>
      <translation>Station {number} was added.</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/investigations.py" />
      <source>Uit signaal</source>
      <translation>From signal</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/investigations.py" />
      <source>nog niet vastgelegd</source>
      <translation>not recorded yet</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/outputs.py" />
      <source>&amp;Aanmaakmoment telling (510b)</source>
      <translation>&amp;Creation time of the count (510b)</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/outputs.py" />
      <source>Aanmaakmoment van de telling</source>
      <translation>Creation time of the count</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/outputs.py" />
      <source>De telling (510b) en het proces-verbaal Na 31-2 worden ondertekend met de sleutel van deze installatie. Met de CSV voor publicatie komen ze in de map die je kiest.</source>
      <translation>The count (510b) and the official report Na 31-2 are signed with this installation's key. With the CSV for publication they go into the folder you choose.</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/outputs.py" />
      <source>In deze nieuwe zitting maak je een nieuwe telling (510b, ondertekend met de sleutel van deze installatie), het proces-verbaal P 2a en, als er iets veranderde, het corrigendum Na 14-2. Met de CSV voor publicatie komen ze in de map die je kiest.</source>
      <translation>In this follow-up sitting you make a new count (510b, signed with this installation's key), the official report P 2a and, if anything changed, the corrigendum Na 14-2. With the CSV for publication they go into the folder you choose.</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/outputs.py" />
      <source>Ondertekening en auditlog (beide staan ook op het proces-verbaal)</source>
      <translation>Signing and audit log (both are also printed on the official report)</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/outputs.py" />
      <location filename="../pages/coordinator/sittings.py" />
      <source>Terug naar het overzicht</source>
      <translation>Back to the overview</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/signals.py" />
      <source>&amp;Waarom is dit in orde? (komt op het proces-verbaal)</source>
      <translation>&amp;Why is this fine? (printed on the official report)</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/signals.py" />
      <source>Afgehandeld</source>
      <translation>Resolved</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/signals.py" />
      <source>De getallen achter het signaal</source>
      <translation>The numbers behind the signal</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/signals.py" />
      <source>De toelichting is opgeslagen; ze komt op het proces-verbaal.</source>
      <translation>The note was saved; it is printed on the official report.</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/signals.py" />
      <source>De toelichting is weggehaald.</source>
      <translation>The note was removed.</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/signals.py" />
      <source>De zitting is al afgerond.</source>
      <translation>The sitting is already finished.</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/signals.py" />
      <source>Geen signaal gekozen</source>
      <translation>No signal chosen</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/signals.py" />
      <source>Geen signalen: niets ongewoons gevonden.</source>
      <translation>No signals: nothing unusual found.</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/signals.py" />
      <source>Getal</source>
      <translation>Number</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/signals.py" />
      <source>Het gekozen signaal</source>
      <translation>The chosen signal</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/signals.py" />
      <source>Is in orde — opslaan</source>
      <translation>Is fine — save</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/signals.py" />
      <source>Melding signalen</source>
      <translation>Signals message</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/signals.py" />
      <source>Na het afronden kan niemand meer invoeren en niets meer toelichten; daarna maak je de uitvoer.</source>
      <translation>After finishing nobody can enter or explain anything any more; then you make the outputs.</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/signals.py" />
      <source>Naar de tabel met signalen</source>
      <translation>To the table of signals</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/signals.py" />
      <source>Onderzoek openen…</source>
      <translation>Open an investigation…</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/signals.py" />
      <source>Signalen</source>
      <translation>Signals</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/signals.py" />
      <source>Signalen voor het afronden</source>
      <translation>Signals before finishing</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/signals.py" />
      <source>Signalen: {count}, over {definitive} van de {stations} stembureaus (de definitieve). Nog af te handelen: {open}. Een signaal verandert geen getal: kijk het na op het papier.</source>
      <translation>Signals: {count}, over {definitive} of the {stations} stations (the definitive ones). Still to deal with: {open}. A signal changes no number: check it on the paper.</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/signals.py" />
      <source>Voor dit signaal is al een onderzoek geopend.</source>
      <translation>An investigation was already opened for this signal.</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/signals.py" />
      <source>Waarde</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/signals.py" />
      <source>Waarom is dit in orde?</source>
      <translation>Why is this fine?</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/signals.py" />
      <source>Waarover</source>
      <translation>About</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/signals.py" />
      <source>Wat is opvallend</source>
      <translation>What is unusual</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/signals.py" />
      <source>is in orde (toelichting)</source>
      <translation>is fine (note)</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/signals.py" />
      <source>nog afhandelen</source>
      <translation>to deal with</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/signals.py" />
      <source>onderzoek geopend</source>
      <translation>investigation opened</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/signals.py" />
      <source>{count} lokale lijsten zijn niet met de gemeente vergeleken: de helft van hun stemmen komt uit een paar stembureaus (wijs deze regel aan voor de details).</source>
      <translation>{count} local lists were not compared with the municipality: half of their votes come from a few stations (point at this line for the details).</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/sittings.py" />
      <source>; onderzoek: {status} ({reason})</source>
      <translation>; investigation: {status} ({reason})</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/sittings.py" />
      <source>Begonnen</source>
      <translation>Started</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/sittings.py" />
      <source>Een eerdere zitting blijft zoals ze was: haar bestanden en getallen veranderen niet meer.</source>
      <translation>An earlier sitting stays as it was: its files and numbers no longer change.</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/sittings.py" />
      <source>Geschiedenis van een stembureau</source>
      <translation>History of a station</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/sittings.py" />
      <source>Geschiedenis van stembureau &amp;nummer:</source>
      <translation>History of station &amp;number:</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/sittings.py" />
      <source>Gesloten</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/sittings.py" />
      <source>Getallen van het stembureau per zitting</source>
      <translation>The station's numbers per sitting</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/sittings.py" />
      <source>Melding zittingen</source>
      <translation>Sittings message</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/sittings.py" />
      <source>Naar de geschiedenis van een stembureau</source>
      <translation>To the history of a station</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/sittings.py" />
      <source>Naar de tabel met zittingen</source>
      <translation>To the table of sittings</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/sittings.py" />
      <source>Nieuwe zitting beginnen?</source>
      <translation>Start a new sitting?</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/sittings.py" />
      <source>Nieuwe zitting beginnen…</source>
      <translation>Start a new sitting…</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/sittings.py" />
      <source>Onderzoek…</source>
      <translation>Investigations…</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/sittings.py" />
      <source>Precies zoals uitgegeven. Certificaat van de sleutel: {fingerprint}</source>
      <translation>Exactly as handed out. The key's certificate: {fingerprint}</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/sittings.py" />
      <source>Signalen…</source>
      <translation>Signals…</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/sittings.py" />
      <source>Stembureau voor de geschiedenis</source>
      <translation>Station for the history</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/sittings.py" />
      <source>Tonen</source>
      <translation>Show</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/sittings.py" />
      <source>Typ het nummer van een stembureau en druk op Enter: je ziet zijn getallen in elke zitting.</source>
      <translation>Type a station's number and press Enter: you see its numbers in every sitting.</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/sittings.py" />
      <source>Uitvoer</source>
      <translation>Outputs</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/sittings.py" />
      <source>Uitvoer van de gekozen zitting</source>
      <translation>Outputs of the chosen sitting</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/sittings.py" />
      <source>Uitvoer van {sitting}</source>
      <translation>Outputs of {sitting}</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/sittings.py" />
      <source>Van deze zitting is nog geen uitvoer gemaakt.</source>
      <translation>No outputs were made in this sitting yet.</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/sittings.py" />
      <source>Zitting</source>
      <translation>Sitting</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/sittings.py" />
      <source>Zitting {next} beginnen</source>
      <translation>Start sitting {next}</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/sittings.py" />
      <source>Zitting {next} is begonnen.</source>
      <translation>Sitting {next} has started.</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/sittings.py" />
      <source>Zitting {number}</source>
      <translation>Sitting {number}</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/sittings.py" />
      <source>Zitting {number} wordt gesloten: haar uitvoer en getallen veranderen daarna niet meer. In zitting {next} leg je onderzoeken vast en worden nieuwe uitkomsten ingevoerd.</source>
      <translation>Sitting {number} closes: its outputs and numbers no longer change after that. In sitting {next} you record investigations and new results are entered.</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/sittings.py" />
      <source>Zitting {number}: ingevoerd door {typists}; {events} regels in het logboek</source>
      <translation>Sitting {number}: entered by {typists}; {events} entries in the audit log</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/sittings.py" />
      <source>Zitting {number}: nog niet ingevoerd; {events} regels in het logboek</source>
      <translation>Sitting {number}: not entered yet; {events} entries in the audit log</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/sittings.py" />
      <source>Zittingen</source>
      <translation>Sittings</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/sittings.py" />
      <source>Zittingen — nu: {sitting}</source>
      <translation>Sittings — now: {sitting}</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/sittings.py" />
      <source>gemaakt</source>
      <translation>made</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/sittings.py" />
      <source>nog niet</source>
      <translation>not yet</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/sittings.py" />
      <source>veranderd</source>
      <translation>changed</translation>
    </message>
    <message>
      <location filename="../pages/coordinator/table.py" />
      <source>Gewijzigd</source>
      <translation>Changed</translation>
    </message>
    <message>
      <location filename="../pages/projector.py" />
      <source>Bijgewerkt om {time}</source>
      <translation>Updated at {time}</translation>
    </message>
    <message>
      <location filename="../pages/projector.py" />
      <source>Uitslag — voortgang</source>
      <translation>Uitslag — progress</translation>
    </message>
    <message>
      <location filename="../pages/projector.py" />
      <source>Voortgang van de invoer</source>
      <translation>Progress of data entry</translation>
    </message>
    <message>
      <location filename="../pages/projector.py" />
      <source>Voortgang van de invoer — {municipality}</source>
      <translation>Progress of data entry — {municipality}</translation>
    </message>
    <message>
      <location filename="../pages/projector.py" />
      <source>Voortgang van de invoer, voor de projector</source>
      <translation>Progress of data entry, for the projector</translation>
    </message>
    <message>
      <location filename="../pages/start/fallback.py" />
      <source>Afsluiten</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../pages/start/fallback.py" />
      <source>Geen scherm voor deze rol</source>
      <translation>No screen for this role</translation>
    </message>
    <message>
      <location filename="../pages/start/fallback.py" />
      <source>Uitslag kan de gegevens niet lezen</source>
      <translation>Uitslag cannot read the data</translation>
    </message>
    <message>
      <location filename="../pages/start/fallback.py" />
      <source>Voor de rol {role} heeft deze versie van Uitslag geen scherm. Log uit en vraag de beheerder om hulp.</source>
      <translation>This version of Uitslag has no screen for the role {role}. Log out and ask the administrator for help.</translation>
    </message>
    <message>
      <location filename="../pages/start/idle.py" />
      <source>Ben je er nog?</source>
      <translation>Are you still there?</translation>
    </message>
    <message>
      <location filename="../pages/start/idle.py" />
      <source>Doorgaan</source>
      <translation>Continue</translation>
    </message>
    <message>
      <location filename="../pages/start/idle.py" />
      <source>Doorgaan (Enter)</source>
      <translation>Continue (Enter)</translation>
    </message>
    <message>
      <location filename="../pages/start/idle.py" />
      <source>Je hebt {idle} minuten niets gedaan. Over {left} minuten word je uitgelogd. Wat je hebt opgeslagen, blijft bewaard; wat je nog niet hebt opgeslagen, niet.</source>
      <translation>You have done nothing for {idle} minutes. In {left} minutes you will be logged out. What you saved is kept; what you have not saved yet is not.</translation>
    </message>
    <message>
      <location filename="../pages/start/link.py" />
      <source>Verbinding met de server verbroken — opnieuw proberen…</source>
      <translation>Connection to the server lost — trying again…</translation>
    </message>
    <message>
      <location filename="../pages/start/link.py" />
      <source>Wat je hebt getypt, blijft op het scherm en wordt opgeslagen zodra de server er weer is. Controleer de kabel van deze werkplek.</source>
      <translation>What you typed stays on the screen and is saved as soon as the server is back. Check this workstation's cable.</translation>
    </message>
    <message>
      <location filename="../pages/start/login.py" />
      <source>&amp;Gebruikersnaam</source>
      <translation>&amp;User name</translation>
    </message>
    <message>
      <location filename="../pages/start/login.py" />
      <source>&amp;Naam</source>
      <translation>&amp;Name</translation>
    </message>
    <message>
      <location filename="../pages/start/login.py" />
      <source>&amp;Wachtwoord</source>
      <translation>&amp;Password</translation>
    </message>
    <message>
      <location filename="../pages/start/login.py" />
      <source>Beheerder aanmaken</source>
      <translation>Create administrator</translation>
    </message>
    <message>
      <location filename="../pages/start/login.py" />
      <source>Beheerder aanmaken (Enter)</source>
      <translation>Create administrator (Enter)</translation>
    </message>
    <message>
      <location filename="../pages/start/login.py" />
      <source>Er is nog geen verkiezing ingericht.</source>
      <translation>No election has been set up yet.</translation>
    </message>
    <message>
      <location filename="../pages/start/login.py" />
      <source>Inloggen</source>
      <translation>Log in</translation>
    </message>
    <message>
      <location filename="../pages/start/login.py" />
      <source>Inloggen (Enter)</source>
      <translation>Log in (Enter)</translation>
    </message>
    <message>
      <location filename="../pages/start/login.py" />
      <source>Naar het volgende veld; in het laatste: aanmaken</source>
      <translation>To the next field; in the last one: create</translation>
    </message>
    <message>
      <location filename="../pages/start/login.py" />
      <source>Naar het wachtwoord; in het wachtwoord: inloggen</source>
      <translation>To the password; in the password: log in</translation>
    </message>
    <message>
      <location filename="../pages/start/login.py" />
      <location filename="../pages/start/password.py" />
      <source>Nog &amp;een keer</source>
      <translation>&amp;Once more</translation>
    </message>
    <message>
      <location filename="../pages/start/login.py" />
      <location filename="../pages/start/password.py" />
      <source>Regels voor het wachtwoord: {rules}</source>
      <translation>Rules for the password: {rules}</translation>
    </message>
    <message>
      <location filename="../pages/start/login.py" />
      <source>Uitslag start hier voor het eerst. Maak eerst het account van de beheerder; die richt de verkiezing in en maakt de andere accounts.</source>
      <translation>Uitslag starts here for the first time. First create the administrator's account; the administrator sets up the election and makes the other accounts.</translation>
    </message>
    <message>
      <location filename="../pages/start/login.py" />
      <source>Volledige naam</source>
      <translation>Full name</translation>
    </message>
    <message>
      <location filename="../pages/start/password.py" />
      <source>&amp;Nieuw wachtwoord</source>
      <translation>&amp;New password</translation>
    </message>
    <message>
      <location filename="../pages/start/password.py" />
      <source>Je bent ingelogd met een tijdelijk wachtwoord. Kies nu een eigen wachtwoord; daarna ga je verder.</source>
      <translation>You logged in with a temporary password. Choose your own password now; then you can go on.</translation>
    </message>
    <message>
      <location filename="../pages/start/password.py" />
      <source>Kies een eigen wachtwoord</source>
      <translation>Choose your own password</translation>
    </message>
    <message>
      <location filename="../pages/start/password.py" />
      <source>Naar het volgende veld; in het laatste: opslaan</source>
      <translation>To the next field; in the last one: save</translation>
    </message>
    <message>
      <location filename="../pages/start/password.py" />
      <source>Nieuw wachtwoord nog een keer</source>
      <translation>New password once more</translation>
    </message>
    <message>
      <location filename="../pages/start/password.py" />
      <source>Wachtwoord opslaan</source>
      <translation>Save password</translation>
    </message>
    <message>
      <location filename="../pages/start/password.py" />
      <source>Wachtwoord opslaan (Enter)</source>
      <translation>Save password (Enter)</translation>
    </message>
    <message>
      <location filename="../pages/start/pin.py" />
      <source>De server laat een ander certificaat zien dan deze werkplek kent. Vraag de beheerder of de server een nieuw certificaat heeft. Typ alleen de groepen van het scherm van de server over.</source>
      <translation>The server shows a different certificate than this workstation knows. Ask the administrator whether the server has a new certificate. Only type the groups from the server's screen.</translation>
    </message>
    <message>
      <location filename="../pages/start/pin.py" />
      <source>Deze werkplek maakt verbinding met de server op {url}.</source>
      <translation>This workstation connects to the server at {url}.</translation>
    </message>
    <message>
      <location filename="../pages/start/pin.py" />
      <source>Op het scherm van de server staat de vingerafdruk in 16 groepen. Typ groep {first} en groep {second} over zoals ze daar staan.</source>
      <translation>The server's screen shows the fingerprint in 16 groups. Type group {first} and group {second} as they appear there.</translation>
    </message>
    <message>
      <location filename="../pages/start/pin.py" />
      <source>Typ beide groepen over: elke groep heeft 4 tekens.</source>
      <translation>Type both groups: each group has 4 characters.</translation>
    </message>
    <message>
      <location filename="../pages/start/pin.py" />
      <source>Verbinden</source>
      <translation>Connect</translation>
    </message>
    <message>
      <location filename="../pages/start/pin.py" />
      <source>Verbinden (Enter)</source>
      <translation>Connect (Enter)</translation>
    </message>
    <message>
      <location filename="../pages/start/pin.py" />
      <source>Verbinden met de server</source>
      <translation>Connect to the server</translation>
    </message>
    <message>
      <location filename="../pages/start/pin.py" />
      <source>Vingerafdruk van de server</source>
      <translation>Fingerprint of the server</translation>
    </message>
    <message>
      <location filename="../pages/start/pin.py" />
      <source>Zo weet je zeker dat deze werkplek met de goede server praat. Deze werkplek onthoudt de vingerafdruk; de volgende keer is dit niet meer nodig.</source>
      <translation>This makes sure this workstation talks to the right server. This workstation remembers the fingerprint; next time this is not needed.</translation>
    </message>
    <message>
      <location filename="../pages/start/pin.py" />
      <source>de server</source>
      <translation>the server</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Alles wat je voor stembureau {number} hebt getypt, wordt weggegooid. Dit kan niet ongedaan worden gemaakt.</source>
      <translation>Everything you typed for polling station {number} is thrown away. This cannot be undone.</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Controleren en afronden</source>
      <translation>Check and finish</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Correctie in zitting {sitting}: stembureau {number} — {name}</source>
      <translation>Correction in sitting {sitting}: station {number} — {name}</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Deze invoer heeft een fout. Na het afronden gaat ze naar de coördinator.</source>
      <translation>This entry has an error. After finishing it goes to the coordinator.</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Dit is de eerste sectie.</source>
      <translation>This is the first section.</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Een vakje aankruisen of het kruisje weghalen</source>
      <translation>Tick a box or remove the tick</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Het gaat om: {fields}.</source>
      <translation>This concerns: {fields}.</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Invoer afronden</source>
      <translation>Finish entry</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Invoer weggooien?</source>
      <translation>Throw the entry away?</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Je invoer van stembureau {number} is bewaard. Je kunt later verder.</source>
      <translation>Your entry of polling station {number} is kept. You can go on later.</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Je invoer van stembureau {number} is weggegooid.</source>
      <translation>Your entry of polling station {number} has been thrown away.</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Naar de lijst met secties</source>
      <translation>To the list of sections</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Naar het totaal van de lijst</source>
      <translation>To the list total</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Naar het volgende veld (ook Tab of ↓)</source>
      <translation>To the next field (also Tab or ↓)</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Naar het vorige veld</source>
      <translation>To the previous field</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Naast elk veld staat het vorige getal. Typ alleen de getallen die anders zijn; een leeg veld houdt het vorige getal.</source>
      <translation>The previous number is beside every field. Type only the numbers that are different; an empty field keeps the previous number.</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Opslaan en controleren</source>
      <translation>Save and check</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Opslaan en verder</source>
      <translation>Save and continue</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Secties van het proces-verbaal</source>
      <translation>Sections of the official report</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Stoppen…</source>
      <translation>Stop…</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>Weggooien</source>
      <translation>Throw away</translation>
    </message>
    <message>
      <location filename="../pages/typist/entry.py" />
      <source>stembureau {number}</source>
      <translation>polling station {number}</translation>
    </message>
    <message>
      <location filename="../pages/typist/finished.py" />
      <source>De getallen van dit stembureau staan niet meer op het scherm.</source>
      <translation>The numbers of this polling station are no longer on the screen.</translation>
    </message>
    <message>
      <location filename="../pages/typist/finished.py" />
      <source>Invoer afgerond: {station}</source>
      <translation>Entry finished: {station}</translation>
    </message>
    <message>
      <location filename="../pages/typist/finished.py" />
      <source>Volgend stembureau</source>
      <translation>Next polling station</translation>
    </message>
    <message>
      <location filename="../pages/typist/form.py" />
      <source>Eerder</source>
      <translation>Before</translation>
    </message>
    <message>
      <location filename="../pages/typist/form.py" />
      <source>Eerder: {value}</source>
      <translation>Before: {value}</translation>
    </message>
    <message>
      <location filename="../pages/typist/form.py" />
      <source>Kandidaat</source>
      <translation>Candidate</translation>
    </message>
    <message>
      <location filename="../pages/typist/form.py" />
      <source>Opgeteld uit de kandidaten</source>
      <translation>Added up from the candidates</translation>
    </message>
    <message>
      <location filename="../pages/typist/form.py" />
      <source>Stemmen</source>
      <translation>Votes</translation>
    </message>
    <message>
      <location filename="../pages/typist/form.py" />
      <source>Stemmen voor {number} {name}</source>
      <translation>Votes for {number} {name}</translation>
    </message>
    <message>
      <location filename="../pages/typist/form.py" />
      <source>Velden van deze sectie</source>
      <translation>Fields of this section</translation>
    </message>
    <message>
      <location filename="../pages/typist/form.py" />
      <source>eerder {value}</source>
      <translation>before {value}</translation>
    </message>
    <message>
      <location filename="../pages/typist/form.py" />
      <source>{total} (zoals op het papier)</source>
      <translation>{total} (as on the paper)</translation>
    </message>
    <message>
      <location filename="../pages/typist/home.py" />
      <source>Beginnen</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../pages/typist/home.py" />
      <source>Je hebt geen onafgeronde invoer.</source>
      <translation>You have no unfinished entries.</translation>
    </message>
    <message>
      <location filename="../pages/typist/home.py" />
      <source>Jouw onafgeronde invoer</source>
      <translation>Your unfinished entries</translation>
    </message>
    <message>
      <location filename="../pages/typist/home.py" />
      <source>Klopt de naam met het papier? Druk dan op Enter: {action}.</source>
      <translation>Does the name match the paper? Then press Enter: {action}.</translation>
    </message>
    <message>
      <location filename="../pages/typist/home.py" />
      <source>Stembureau opzoeken; nog een keer: beginnen</source>
      <translation>Look up the polling station; once more: start</translation>
    </message>
    <message>
      <location filename="../pages/typist/home.py" />
      <source>Typ eerst het nummer van een stembureau.</source>
      <translation>First type the number of a polling station.</translation>
    </message>
    <message>
      <location filename="../pages/typist/home.py" />
      <source>Typ het nummer dat op het proces-verbaal staat.</source>
      <translation>Type the number that is on the official report.</translation>
    </message>
    <message>
      <location filename="../pages/typist/home.py" />
      <source>Verder</source>
      <translation>Resume</translation>
    </message>
    <message>
      <location filename="../pages/typist/home.py" />
      <source>Verder met stembureau {number}</source>
      <translation>Resume polling station {number}</translation>
    </message>
    <message>
      <location filename="../pages/typist/home.py" />
      <source>Voortgang gemeente</source>
      <translation>Progress of the municipality</translation>
    </message>
    <message>
      <location filename="../pages/typist/home.py" />
      <source>Voortgang gemeente: {done} van {total} stembureaus definitief ({percent}%)</source>
      <translation>Progress of the municipality: {done} of {total} polling stations definitive ({percent}%)</translation>
    </message>
    <message>
      <location filename="../pages/typist/home.py" />
      <source>Welk stembureau ga je invoeren?</source>
      <translation>Which polling station will you enter?</translation>
    </message>
    <message>
      <location filename="../pages/typist/home.py" />
      <source>{detail} · teruggestuurd: velden opnieuw typen</source>
      <translation>{detail} · sent back: type fields again</translation>
    </message>
    <message>
      <location filename="../pages/typist/home.py" />
      <source>{slot} · {done} van {total} secties opgeslagen</source>
      <translation>{slot} · {done} of {total} sections saved</translation>
    </message>
    <message>
      <location filename="../pages/typist/home.py" />
      <source>{state}: je kunt nu niet invoeren. De coördinator zet de invoer weer aan.</source>
      <translation>{state}: you cannot enter now. The coordinator will resume data entry.</translation>
    </message>
    <message>
      <location filename="../pages/typist/review.py" />
      <source>Alle secties zijn opgeslagen. Controleer het overzicht en rond af.</source>
      <translation>All sections are saved. Check the overview and finish.</translation>
    </message>
    <message>
      <location filename="../pages/typist/review.py" />
      <source>Er staan fouten in. Na het afronden gaat deze invoer naar de coördinator.</source>
      <translation>It has errors. After finishing, this entry goes to the coordinator.</translation>
    </message>
    <message>
      <location filename="../pages/typist/review.py" />
      <source>Niet opgeslagen getypt werk in: {sections}. Dat telt niet mee.</source>
      <translation>Typed but not saved in: {sections}. That does not count.</translation>
    </message>
    <message>
      <location filename="../pages/typist/review.py" />
      <source>Overzicht van de secties</source>
      <translation>Overview of the sections</translation>
    </message>
    <message>
      <location filename="../pages/typist/stop.py" />
      <source>Bewaren en stoppen</source>
      <translation>Keep and stop</translation>
    </message>
    <message>
      <location filename="../pages/typist/stop.py" />
      <source>Bewaren: wat je van {station} hebt opgeslagen, blijft bewaard. Je kunt later verder, ook op een andere laptop.</source>
      <translation>Keep: what you saved of {station} is kept. You can go on later, also on another laptop.</translation>
    </message>
    <message>
      <location filename="../pages/typist/stop.py" />
      <source>Let op: wat je in '{section}' hebt getypt, is nog niet opgeslagen en wordt niet bewaard.</source>
      <translation>Note: what you typed in '{section}' is not saved yet and will not be kept.</translation>
    </message>
    <message>
      <location filename="../pages/typist/stop.py" />
      <source>Stoppen met deze invoer?</source>
      <translation>Stop with this entry?</translation>
    </message>
    <message>
      <location filename="../pages/typist/stop.py" />
      <source>Weggooien: alles wat je van {station} hebt getypt, wordt weggegooid. Een invoerder kan daarna opnieuw beginnen.</source>
      <translation>Throw away: everything you typed of {station} is thrown away. A typist can then start again.</translation>
    </message>
    <message>
      <location filename="../pages/typist/stop.py" />
      <source>Weggooien…</source>
      <translation>Throw away…</translation>
    </message>
    <message>
      <location filename="../widgets/basic.py" />
      <source>FOUT</source>
      <translation>ERROR</translation>
    </message>
    <message>
      <location filename="../widgets/files.py" />
      <source>Bladeren…</source>
      <translation>Browse…</translation>
    </message>
    <message>
      <location filename="../widgets/findings.py" />
      <source>Deze invoer gaat naar de coördinator.</source>
      <translation>This entry goes to the coordinator.</translation>
    </message>
    <message>
      <location filename="../widgets/findings.py" />
      <source>Ik heb de aantallen gecontroleerd met het papier</source>
      <translation>I have checked the numbers against the paper</translation>
    </message>
    <message>
      <location filename="../widgets/findings.py" />
      <source>Meldingen bij deze sectie</source>
      <translation>Messages for this section</translation>
    </message>
    <message>
      <location filename="../widgets/header.py" />
      <source>Verbonden met: deze laptop</source>
      <translation>Connected to: this laptop</translation>
    </message>
    <message>
      <location filename="../widgets/header.py" />
      <source>Verbonden met: server {server}</source>
      <translation>Connected to: server {server}</translation>
    </message>
    <message>
      <location filename="../widgets/header.py" />
      <source>server {server}</source>
      <translation>server {server}</translation>
    </message>
    <message>
      <location filename="../widgets/page.py" />
      <source>Sneltoetsen</source>
      <translation>Keyboard shortcuts</translation>
    </message>
    <message>
      <location filename="../widgets/page.py" />
      <source>Sneltoetsen — {page}</source>
      <translation>Keyboard shortcuts — {page}</translation>
    </message>
    <message>
      <location filename="../widgets/sections.py" />
      <source>klaar</source>
      <translation>done</translation>
    </message>
    <message>
      <location filename="../widgets/sections.py" />
      <source>niet begonnen</source>
      <translation>not started</translation>
    </message>
    <message>
      <location filename="../widgets/sections.py" />
      <source>nu open</source>
      <translation>open now</translation>
    </message>
    <message>
      <location filename="../widgets/sections.py" />
      <source>opnieuw typen</source>
      <translation>type again</translation>
    </message>
    <message>
      <location filename="../widgets/shell.py" />
      <source>Deze lijst met sneltoetsen tonen of sluiten</source>
      <translation>Show or close this list of shortcuts</translation>
    </message>
    <message>
      <location filename="../widgets/shell.py" />
      <source>Lijst met sneltoetsen sluiten</source>
      <translation>Close the list of shortcuts</translation>
    </message>
    <message>
      <location filename="../widgets/shell.py" />
      <source>Uitslag</source>
      <translation>Uitslag</translation>
    </message>
    <message>
      <source>&amp;Datum</source>
      <translation type="vanished">&amp;Date</translation>
    </message>
    <message>
      <source>&amp;Gemeente</source>
      <translation type="vanished">&amp;Municipality</translation>
    </message>
    <message>
      <source>&amp;Kandidatenlijsten</source>
      <translation type="vanished">&amp;Candidate lists</translation>
    </message>
    <message>
      <source>&amp;Kandidatenlijsten (230b)</source>
      <translation type="vanished">&amp;Candidate lists (230b)</translation>
    </message>
    <message>
      <source>&amp;Map voor de uitvoer</source>
      <translation type="vanished">&amp;Output folder</translation>
    </message>
    <message>
      <source>&amp;Plaats</source>
      <translation type="vanished">&amp;Place</translation>
    </message>
    <message>
      <source>&amp;Rol</source>
      <translation type="vanished">&amp;Role</translation>
    </message>
    <message>
      <source>&amp;Sessie</source>
      <translation type="vanished">&amp;Session</translation>
    </message>
    <message>
      <source>&amp;Stembureaus</source>
      <translation type="vanished">Polling &amp;stations</translation>
    </message>
    <message>
      <source>&amp;Toelichting / reden</source>
      <translation type="vanished">&amp;Explanation / reason</translation>
    </message>
    <message>
      <source>&amp;Verkiezingsdefinitie</source>
      <translation type="vanished">Election &amp;definition</translation>
    </message>
    <message>
      <source>1e invoerder</source>
      <translation type="vanished">1st typist</translation>
    </message>
    <message>
      <source>2e invoerder</source>
      <translation type="vanished">2nd typist</translation>
    </message>
    <message>
      <source>510b en proces-verbaal geschreven</source>
      <translation type="vanished">510b and official report written</translation>
    </message>
    <message>
      <source>510b en proces-verbaal maken</source>
      <translation type="vanished">Make the 510b and the official report</translation>
    </message>
    <message>
      <source>510b geschreven: </source>
      <translation type="vanished">510b written: </translation>
    </message>
    <message>
      <source>510b maken</source>
      <translation type="vanished">Make 510b</translation>
    </message>
    <message>
      <source>510b-&amp;bestand</source>
      <translation type="vanished">510b &amp;file</translation>
    </message>
    <message>
      <source>Aangemaakt: </source>
      <translation type="vanished">Created: </translation>
    </message>
    <message>
      <source>Afgerond</source>
      <translation type="vanished">Finished</translation>
    </message>
    <message>
      <source>Alle secties zijn ingevoerd. Rond de invoer af.</source>
      <translation type="vanished">All sections are entered. Finish the entry.</translation>
    </message>
    <message>
      <source>Alle statussen</source>
      <translation type="vanished">All statuses</translation>
    </message>
    <message>
      <source>Alleen verschillen terugsturen naar gekozen invoer</source>
      <translation type="vanished">Send only the differences back to the chosen entry</translation>
    </message>
    <message>
      <source>Auditlog klopt: {count} regels, laatste wijziging {at}</source>
      <translation type="vanished">Audit log is correct: {count} entries, last change {at}</translation>
    </message>
    <message>
      <source>Back-up (*.sqlite)</source>
      <translation type="vanished">Backup (*.sqlite)</translation>
    </message>
    <message>
      <source>Back-up gemaakt en gecontroleerd</source>
      <translation type="vanished">Backup made and checked</translation>
    </message>
    <message>
      <source>Back-up kiezen</source>
      <translation type="vanished">Choose backup</translation>
    </message>
    <message>
      <source>Back-up teruggezet. Log opnieuw in.</source>
      <translation type="vanished">Backup restored. Log in again.</translation>
    </message>
    <message>
      <source>Back-up terugzetten</source>
      <translation type="vanished">Restore backup</translation>
    </message>
    <message>
      <source>Back-up terugzetten…</source>
      <translation type="vanished">Restore backup…</translation>
    </message>
    <message>
      <source>Back-up&amp;map</source>
      <translation type="vanished">Backup &amp;folder</translation>
    </message>
    <message>
      <source>Beide invoeren weggooien</source>
      <translation type="vanished">Discard both entries</translation>
    </message>
    <message>
      <source>Bestand met stembureaus kiezen</source>
      <translation type="vanished">Choose file with polling stations</translation>
    </message>
    <message>
      <source>Bestand voor de 510b</source>
      <translation type="vanished">File for the 510b</translation>
    </message>
    <message>
      <source>Bestand: {name}</source>
      <translation type="vanished">File: {name}</translation>
    </message>
    <message>
      <source>Centraal tellen: het GSB telt de stemmen per kandidaat</source>
      <translation type="vanished">Central count: the GSB counts the votes per candidate</translation>
    </message>
    <message>
      <source>Controlegetal (SHA-256) klopt: {hash}…</source>
      <translation type="vanished">Checksum (SHA-256) is correct: {hash}…</translation>
    </message>
    <message>
      <source>Daarna moet iedereen opnieuw inloggen.</source>
      <translation type="vanished">Afterwards everyone has to log in again.</translation>
    </message>
    <message>
      <source>Datum van de zitting</source>
      <translation type="vanished">Date of the session</translation>
    </message>
    <message>
      <source>Decentraal tellen: het stembureau telt per kandidaat</source>
      <translation type="vanished">Decentral count: the polling station counts per candidate</translation>
    </message>
    <message>
      <source>Definitie: groep &amp;3 van het papier</source>
      <translation type="vanished">Definition: group &amp;3 from the paper</translation>
    </message>
    <message>
      <source>Definitie: groep &amp;4 van het papier</source>
      <translation type="vanished">Definition: group &amp;4 from the paper</translation>
    </message>
    <message>
      <source>Definitief</source>
      <translation type="vanished">Definitive</translation>
    </message>
    <message>
      <source>Definitief stembureau heropenen</source>
      <translation type="vanished">Reopen definitive polling station</translation>
    </message>
    <message>
      <source>Deze back-up is gecontroleerd en in orde.</source>
      <translation type="vanished">This backup has been checked and is in order.</translation>
    </message>
    <message>
      <source>Deze back-up kan niet worden teruggezet.</source>
      <translation type="vanished">This backup cannot be restored.</translation>
    </message>
    <message>
      <source>Eerste invoer houden</source>
      <translation type="vanished">Keep first entry</translation>
    </message>
    <message>
      <source>Eerste weggelaten groep</source>
      <translation type="vanished">First blanked group</translation>
    </message>
    <message>
      <source>Eén per regel: nummer;naam;kiesgerechtigden</source>
      <translation type="vanished">One per line: number;name;eligible voters</translation>
    </message>
    <message>
      <source>Filter op status</source>
      <translation type="vanished">Filter by status</translation>
    </message>
    <message>
      <source>Gebruikers&amp;naam</source>
      <translation type="vanished">User &amp;name</translation>
    </message>
    <message>
      <source>Gegevens van de back-up</source>
      <translation type="vanished">Details of the backup</translation>
    </message>
    <message>
      <source>Groep &amp;1 van het papier</source>
      <translation type="vanished">Group &amp;1 from the paper</translation>
    </message>
    <message>
      <source>Groep &amp;2 van het papier</source>
      <translation type="vanished">Group &amp;2 from the paper</translation>
    </message>
    <message>
      <source>Heropend</source>
      <translation type="vanished">Reopened</translation>
    </message>
    <message>
      <source>Ik heb de waarschuwingen gecontroleerd met het papier</source>
      <translation type="vanished">I have checked the warnings against the paper</translation>
    </message>
    <message>
      <source>Ingericht: </source>
      <translation type="vanished">Set up: </translation>
    </message>
    <message>
      <source>Invoer afgesloten</source>
      <translation type="vanished">Data entry closed</translation>
    </message>
    <message>
      <source>Invoer afsluiten</source>
      <translation type="vanished">Close data entry</translation>
    </message>
    <message>
      <source>Invoer met fouten terugsturen</source>
      <translation type="vanished">Send entry with errors back</translation>
    </message>
    <message>
      <source>Invoer met fouten weggooien</source>
      <translation type="vanished">Discard entry with errors</translation>
    </message>
    <message>
      <source>Kandidatenlijsten kiezen</source>
      <translation type="vanished">Choose candidate lists</translation>
    </message>
    <message>
      <source>Kandidatenlijsten voor de export</source>
      <translation type="vanished">Candidate lists for the export</translation>
    </message>
    <message>
      <source>Kandidatenlijsten: eerste weggelaten groep</source>
      <translation type="vanished">Candidate lists: first blanked group</translation>
    </message>
    <message>
      <source>Kandidatenlijsten: tweede weggelaten groep</source>
      <translation type="vanished">Candidate lists: second blanked group</translation>
    </message>
    <message>
      <source>Kies de gemeente…</source>
      <translation type="vanished">Choose the municipality…</translation>
    </message>
    <message>
      <source>LET OP</source>
      <translation type="vanished">NOTE</translation>
    </message>
    <message>
      <source>LET OP: alle gegevens van nu worden vervangen door die uit de back-up.</source>
      <translation type="vanished">NOTE: all current data will be replaced by the data in the backup.</translation>
    </message>
    <message>
      <source>Lijsten: groep &amp;1 van het papier</source>
      <translation type="vanished">Lists: group &amp;1 from the paper</translation>
    </message>
    <message>
      <source>Lijsten: groep &amp;2 van het papier</source>
      <translation type="vanished">Lists: group &amp;2 from the paper</translation>
    </message>
    <message>
      <source>Manier van &amp;tellen</source>
      <translation type="vanished">How votes are &amp;counted</translation>
    </message>
    <message>
      <source>Manier van tellen</source>
      <translation type="vanished">How votes are counted</translation>
    </message>
    <message>
      <source>Map voor de 510b en het proces-verbaal</source>
      <translation type="vanished">Folder for the 510b and the official report</translation>
    </message>
    <message>
      <source>Map voor de back-up</source>
      <translation type="vanished">Folder for the backup</translation>
    </message>
    <message>
      <source>Melding coördinator</source>
      <translation type="vanished">Coordinator message</translation>
    </message>
    <message>
      <source>Melding terugzetten</source>
      <translation type="vanished">Restore message</translation>
    </message>
    <message>
      <source>Naam van de gebruiker</source>
      <translation type="vanished">Name of the user</translation>
    </message>
    <message>
      <source>Niet opgeslagen: vink het controlevakje aan.</source>
      <translation type="vanished">Not saved: tick the check box.</translation>
    </message>
    <message>
      <source>Nieuwe gebruikersnaam</source>
      <translation type="vanished">New user name</translation>
    </message>
    <message>
      <source>Nummer stembureau</source>
      <translation type="vanished">Polling station number</translation>
    </message>
    <message>
      <source>Of stembureaus &amp;typen</source>
      <translation type="vanished">Or &amp;type polling stations</translation>
    </message>
    <message>
      <source>Overzicht stembureaus</source>
      <translation type="vanished">Overview of polling stations</translation>
    </message>
    <message>
      <source>Plaats van de zitting</source>
      <translation type="vanished">Place of the session</translation>
    </message>
    <message>
      <source>Projectieweergave</source>
      <translation type="vanished">Projector view</translation>
    </message>
    <message>
      <source>Projectieweergave voortgang</source>
      <translation type="vanished">Projector view of progress</translation>
    </message>
    <message>
      <source>Sectie opslaan (Shift+Enter)</source>
      <translation type="vanished">Save section (Shift+Enter)</translation>
    </message>
    <message>
      <source>Secties</source>
      <translation type="vanished">Sections</translation>
    </message>
    <message>
      <source>Stembureau afhandelen</source>
      <translation type="vanished">Resolve polling station</translation>
    </message>
    <message>
      <source>Stembureau openen</source>
      <translation type="vanished">Open polling station</translation>
    </message>
    <message>
      <source>Stembureau voor afhandeling</source>
      <translation type="vanished">Polling station to resolve</translation>
    </message>
    <message>
      <source>Stembureaus (110b of 510b)</source>
      <translation type="vanished">Polling stations (110b or 510b)</translation>
    </message>
    <message>
      <source>Stembureaus (510b of 110b)</source>
      <translation type="vanished">Polling stations (510b or 110b)</translation>
    </message>
    <message>
      <source>Stembureaus zelf typen</source>
      <translation type="vanished">Type the polling stations yourself</translation>
    </message>
    <message>
      <source>Teruggestuurd naar {name}</source>
      <translation type="vanished">Sent back to {name}</translation>
    </message>
    <message>
      <source>Terugsturen &amp;naar</source>
      <translation type="vanished">Send back &amp;to</translation>
    </message>
    <message>
      <source>Toelichting of reden</source>
      <translation type="vanished">Explanation or reason</translation>
    </message>
    <message>
      <source>Toelichting opgeslagen</source>
      <translation type="vanished">Explanation saved</translation>
    </message>
    <message>
      <source>Toelichting opslaan (komt op het PV)</source>
      <translation type="vanished">Save explanation (printed on the report)</translation>
    </message>
    <message>
      <source>Toon eerst de verschillen en kies naar wie ze teruggaan.</source>
      <translation type="vanished">First show the differences and choose who they go back to.</translation>
    </message>
    <message>
      <source>Tweede invoer houden</source>
      <translation type="vanished">Keep second entry</translation>
    </message>
    <message>
      <source>Tweede weggelaten groep</source>
      <translation type="vanished">Second blanked group</translation>
    </message>
    <message>
      <source>Uitslag — invoer processen-verbaal</source>
      <translation type="vanished">Uitslag — entering official reports</translation>
    </message>
    <message>
      <source>Verkiezingsdefinitie kiezen</source>
      <translation type="vanished">Choose election definition</translation>
    </message>
    <message>
      <source>Verkiezingsdefinitie: eerste weggelaten groep</source>
      <translation type="vanished">Election definition: first blanked group</translation>
    </message>
    <message>
      <source>Verkiezingsdefinitie: tweede weggelaten groep</source>
      <translation type="vanished">Election definition: second blanked group</translation>
    </message>
    <message>
      <source>Verschillen naast elkaar</source>
      <translation type="vanished">Differences side by side</translation>
    </message>
    <message>
      <source>Verschillen terugsturen naar</source>
      <translation type="vanished">Send differences back to</translation>
    </message>
    <message>
      <source>Verschillen tonen</source>
      <translation type="vanished">Show differences</translation>
    </message>
    <message>
      <source>Vingerafdruk kandidatenlijsten</source>
      <translation type="vanished">Fingerprint of the candidate lists</translation>
    </message>
    <message>
      <source>Vingerafdruk kandidatenlijsten: </source>
      <translation type="vanished">Fingerprint of the candidate lists: </translation>
    </message>
    <message>
      <source>Vingerafdruk tonen</source>
      <translation type="vanished">Show fingerprint</translation>
    </message>
    <message>
      <source>Vingerafdruk verkiezingsdefinitie</source>
      <translation type="vanished">Fingerprint of the election definition</translation>
    </message>
    <message>
      <source>Vingerafdruk verkiezingsdefinitie: </source>
      <translation type="vanished">Fingerprint of the election definition: </translation>
    </message>
    <message>
      <source>Vingerafdruk: </source>
      <translation type="vanished">Fingerprint: </translation>
    </message>
    <message>
      <source>Vingerafdrukken tonen</source>
      <translation type="vanished">Show fingerprints</translation>
    </message>
    <message>
      <source>Voortgang invoer</source>
      <translation type="vanished">Data entry progress</translation>
    </message>
    <message>
      <source>Wacht&amp;woord</source>
      <translation type="vanished">Pass&amp;word</translation>
    </message>
    <message>
      <source>Wachtwoord nieuwe gebruiker</source>
      <translation type="vanished">Password of the new user</translation>
    </message>
    <message>
      <source>Wat na het maken van de back-up is ingevoerd, gaat verloren.</source>
      <translation type="vanished">Anything entered after the backup was made will be lost.</translation>
    </message>
    <message>
      <source>Zitting en uitslag</source>
      <translation type="vanished">Session and result</translation>
    </message>
    <message>
      <source>Zoek op nummer</source>
      <translation type="vanished">Search by number</translation>
    </message>
    <message>
      <source>definitief</source>
      <translation type="vanished">definitive</translation>
    </message>
    <message>
      <source>fouten</source>
      <translation type="vanished">errors</translation>
    </message>
    <message>
      <source>stembureau</source>
      <translation type="vanished">polling station</translation>
    </message>
    <message>
      <source>toelichting</source>
      <translation type="vanished">explanation</translation>
    </message>
    <message>
      <source>vingerafdruk</source>
      <translation type="vanished">fingerprint</translation>
    </message>
    <message>
      <source>waarschuwingen</source>
      <translation type="vanished">warnings</translation>
    </message>
  </context>
</TS>
