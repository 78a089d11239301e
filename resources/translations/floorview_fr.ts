<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Backdrop</name>
    <message>
        <source>Not live · as of {0}</source>
        <translation>Pas en direct · données de {0}</translation>
    </message>
</context>
<context>
    <name>BranchPicker</name>
    <message>
        <source>{0} (UTC{1})</source>
        <translation>{0} (UTC{1})</translation>
    </message>
    <message>
        <source>Choose a branch</source>
        <translation>Choisir un établissement</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Signed in as {0}. Which branch&apos;s floor do you want to watch?</source>
        <translation>Connecté en tant que {0}. Quel établissement voulez-vous suivre ?</translation>
    </message>
    <message>
        <source>Which branch&apos;s floor do you want to watch?</source>
        <translation>Quel établissement voulez-vous suivre ?</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>snapshot</source>
        <translation>snapshot</translation>
    </message>
    <message>
        <source>the app</source>
        <translation>l’application</translation>
    </message>
    <message>
        <source>floorview: {0} is not available in this installation ({1}).</source>
        <translation>floorview : {0} n’est pas disponible dans cette installation ({1}).</translation>
    </message>
</context>
<context>
    <name>ConnState</name>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Reconnexion</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Interdit</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Sign in again…</source>
        <translation>Se reconnecter…</translation>
    </message>
    <message>
        <source>Choose branch…</source>
        <translation>Choisir l’établissement…</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <source>Syncing tables with the server…</source>
        <translation>Synchronisation des tables avec le serveur…</translation>
    </message>
    <message>
        <source>Live — over long-polling (the WebSocket was refused by the server or a proxy)</source>
        <translation>En direct — par long-polling (le WebSocket a été refusé par le serveur ou un proxy)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>No answer from the server since {0}</source>
        <translation>Pas de réponse du serveur depuis {0}</translation>
    </message>
    <message>
        <source>{0} — reconnecting (attempt {1}). The floor may be out of date.</source>
        <translation>{0} — reconnexion (tentative {1}). Le plan n’est peut-être plus à jour.</translation>
    </message>
    <message>
        <source>{0} — reconnecting. The floor may be out of date.</source>
        <translation>{0} — reconnexion. Le plan n’est peut-être plus à jour.</translation>
    </message>
    <message>
        <source>Connection lost — reconnecting since {0} (attempt {1}). The floor may be out of date.</source>
        <translation>Connexion perdue — reconnexion depuis {0} (tentative {1}). Le plan n’est peut-être plus à jour.</translation>
    </message>
    <message>
        <source>Connection lost — reconnecting since {0}. The floor may be out of date.</source>
        <translation>Connexion perdue — reconnexion depuis {0}. Le plan n’est peut-être plus à jour.</translation>
    </message>
    <message>
        <source>Signed out. The floor is not updating until someone signs in.</source>
        <translation>Déconnecté. Le plan n’est plus mis à jour jusqu’à la prochaine connexion.</translation>
    </message>
    <message>
        <source>Signed out — the server no longer accepts this sign-in. The floor is not updating.</source>
        <translation>Déconnecté — le serveur n’accepte plus cette connexion. Le plan n’est plus mis à jour.</translation>
    </message>
    <message>
        <source>This account may not watch this branch. The floor is not updating.</source>
        <translation>Ce compte n’a pas accès à cet établissement. Le plan n’est pas mis à jour.</translation>
    </message>
    <message>
        <source>{0}{1} — still trying. The floor may be out of date.</source>
        <translation>{0}{1} — nouvel essai en cours. Le plan n’est peut-être plus à jour.</translation>
    </message>
    <message>
        <source>Server unreachable since {0}{1} — still trying. The floor may be out of date.</source>
        <translation>Serveur injoignable depuis {0}{1} — nouvel essai en cours. Le plan n’est peut-être plus à jour.</translation>
    </message>
    <message>
        <source>Connection failed: {0}. The floor is not updating.</source>
        <translation>Échec de la connexion : {0}. Le plan n’est pas mis à jour.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>Connection state unknown ({0}). The floor may be out of date.</source>
        <translation>État de la connexion inconnu ({0}). Le plan n’est peut-être plus à jour.</translation>
    </message>
</context>
<context>
    <name>DemoSupervisor</name>
    <message>
        <source>The demo server stopped</source>
        <translation>Le serveur de démonstration s’est arrêté</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <source>adding table {0}</source>
        <translation>l’ajout de la table {0}</translation>
    </message>
    <message>
        <source>deleting table {0}</source>
        <translation>la suppression de la table {0}</translation>
    </message>
    <message>
        <source>the change of table {0}</source>
        <translation>la modification de la table {0}</translation>
    </message>
    <message>
        <source>the resize of table {0}</source>
        <translation>le redimensionnement de la table {0}</translation>
    </message>
    <message>
        <source>the turn of table {0}</source>
        <translation>la rotation de la table {0}</translation>
    </message>
    <message>
        <source>the move of table {0}</source>
        <translation>le déplacement de la table {0}</translation>
    </message>
    <message>
        <source>The table</source>
        <translation>la table</translation>
    </message>
    <message>
        <source>Table {0}</source>
        <translation>la table {0}</translation>
    </message>
    <message>
        <source>{0} failed: {1}</source>
        <translation>{0} : échec ({1})</translation>
    </message>
    <message>
        <source>The next undo or redo was not sent: the one before it was refused. Press it again if it is still needed.</source>
        <translation>L’annulation ou le rétablissement suivant n’a pas été envoyé : le précédent a été refusé. Appuyez de nouveau si besoin.</translation>
    </message>
    <message>
        <source>That table was deleted meanwhile.</source>
        <translation>Cette table a été supprimée entre-temps.</translation>
    </message>
    <message>
        <source>{0} was changed by someone else while you edited it; it has been reloaded with their change. Make your change again if it is still needed.</source>
        <translation>Modifiée par quelqu’un d’autre pendant votre modification : {0} a été rechargée avec ce changement. Refaites votre modification si besoin.</translation>
    </message>
    <message>
        <source>Saving {0}</source>
        <translation>Enregistrement de {0}</translation>
    </message>
    <message>
        <source>{0} saved.</source>
        <translation>Modifications enregistrées pour {0}.</translation>
    </message>
    <message>
        <source>Changing the status of {0}</source>
        <translation>Changement de statut de {0}</translation>
    </message>
    <message>
        <source>Assigning a server to {0}</source>
        <translation>Attribution d’un serveur à {0}</translation>
    </message>
    <message>
        <source>Adding table {0}</source>
        <translation>Ajout de la table {0}</translation>
    </message>
    <message>
        <source>Table {0} added.</source>
        <translation>Table {0} ajoutée.</translation>
    </message>
    <message>
        <source>Deleting {0}</source>
        <translation>Suppression de {0}</translation>
    </message>
    <message>
        <source>{0} deleted.</source>
        <translation>Suppression de {0} effectuée.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Rien à rétablir.</translation>
    </message>
    <message>
        <source>Undo of {0}</source>
        <translation>Annuler {0}</translation>
    </message>
    <message>
        <source>Redo of {0}</source>
        <translation>Rétablir {0}</translation>
    </message>
    <message>
        <source>{0} not possible: the table is no longer on the floor plan. Nothing was changed.</source>
        <translation>{0} : impossible, la table n’est plus sur le plan de salle. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{0} not sent: {1}. Nothing was changed; press {2} again once the floor is live.</source>
        <translation>{0} : non envoyé ({1}). Rien n’a été modifié ; appuyez de nouveau sur {2} quand le plan sera en direct.</translation>
    </message>
    <message>
        <source>{0}: the table is back, but {1}</source>
        <translation>{0} : la table est revenue, mais {1}</translation>
    </message>
    <message>
        <source>Undo: table {0} is back as it was: {1}.</source>
        <translation>Annulé : la table {0} est revenue comme avant : {1}.</translation>
    </message>
    <message>
        <source>Redo: table {0} is back as it was: {1}.</source>
        <translation>Rétabli : la table {0} est revenue comme avant : {1}.</translation>
    </message>
    <message>
        <source>Undo: table {0} is back.</source>
        <translation>Annulé : la table {0} est revenue.</translation>
    </message>
    <message>
        <source>Redo: table {0} is back.</source>
        <translation>Rétabli : la table {0} est revenue.</translation>
    </message>
    <message>
        <source>Undo: {0}.</source>
        <translation>Annulé : {0}.</translation>
    </message>
    <message>
        <source>Redo: {0}.</source>
        <translation>Rétabli : {0}.</translation>
    </message>
    <message>
        <source>its status “{0}” is not one this app can set</source>
        <translation>son statut « {0} » ne peut pas être défini depuis cette application</translation>
    </message>
    <message>
        <source>its status ({0}) could not be set again: {1}</source>
        <translation>son statut ({0}) n’a pas pu être remis : {1}</translation>
    </message>
    <message>
        <source>its server could not be set again: {0}</source>
        <translation>son serveur n’a pas pu être remis : {0}</translation>
    </message>
    <message>
        <source>{0}. Set it from the table&apos;s menu.</source>
        <translation>{0}. Corrigez-le depuis le menu de la table.</translation>
    </message>
    <message>
        <source>someone else changed the table meanwhile</source>
        <translation>quelqu’un d’autre a modifié la table entre-temps</translation>
    </message>
    <message numerus="yes">
        <source>%n guests</source>
        <translation>
            <numerusform>%n couvert</numerusform>
            <numerusform>%n couverts</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} refused: someone else changed that table since. Nothing was changed; the floor shows their version.</source>
        <translation>{0} : refusé, quelqu’un d’autre a modifié cette table entre-temps. Rien n’a été modifié ; le plan affiche sa version.</translation>
    </message>
</context>
<context>
    <name>EditMode</name>
    <message>
        <source>Edit mode: drag to move; handles rotate and resize; {0} deletes; {1} undoes, {2} redoes.</source>
        <translation>Mode édition : faites glisser pour déplacer ; les poignées tournent et redimensionnent ; {0} supprime ; {1} annule, {2} rétablit.</translation>
    </message>
    <message>
        <source>Edit mode off.</source>
        <translation>Mode édition désactivé.</translation>
    </message>
    <message>
        <source>Add table</source>
        <translation>Ajouter une table</translation>
    </message>
    <message>
        <source>There is no free space left on this floor for another table.</source>
        <translation>Il n’y a plus de place dans cette salle pour une autre table.</translation>
    </message>
    <message>
        <source>Table {0}</source>
        <translation>Table {0}</translation>
    </message>
</context>
<context>
    <name>Exits</name>
    <message>
        <source>bad credentials (the server said: {0}).</source>
        <translation>identifiants incorrects (réponse du serveur : {0}).</translation>
    </message>
    <message>
        <source>bad credentials.</source>
        <translation>identifiants incorrects.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find table by number — Enter to show, Esc to close</source>
        <translation>Chercher une table par numéro — Entrée pour afficher, Échap pour fermer</translation>
    </message>
    <message>
        <source>Find table:</source>
        <translation>Chercher une table :</translation>
    </message>
    <message>
        <source>No table numbered “{0}” in this branch.</source>
        <translation>Aucune table « {0} » dans cet établissement.</translation>
    </message>
    <message>
        <source>Table {0}: {1}, {2}</source>
        <translation>Table {0} : {1}, {2}</translation>
    </message>
</context>
<context>
    <name>FloorAccessible</name>
    <message>
        <source>Floor plan {0}</source>
        <translation>Plan de salle {0}</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>Plan de salle</translation>
    </message>
    <message>
        <source>Table {0}</source>
        <translation>Table {0}</translation>
    </message>
</context>
<context>
    <name>FloorTabs</name>
    <message>
        <source>Floors</source>
        <translation>Salles</translation>
    </message>
</context>
<context>
    <name>FloorviewApp</name>
    <message>
        <source>The demo server did not start</source>
        <translation>Le serveur de démonstration n’a pas démarré</translation>
    </message>
    <message>
        <source>Cannot write the paint log</source>
        <translation>Impossible d’écrire le journal de rendu</translation>
    </message>
    <message>
        <source>Changes and turns (F9)</source>
        <translation>Changements et rotations (F9)</translation>
    </message>
    <message>
        <source>Recent changes and likely free</source>
        <translation>Changements récents et prochaines tables libres</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>{0}%</source>
        <comment>a percentage</comment>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a short day; Qt&apos;s date pattern</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>{0}m</source>
        <comment>minutes, short</comment>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>{0}h {1}m</source>
        <comment>hours and minutes, short</comment>
        <translation>{0} h {1}</translation>
    </message>
</context>
<context>
    <name>GroupConnection</name>
    <message numerus="yes">
        <source>Joining %n branches and loading their tables…</source>
        <translation>
            <numerusform>Connexion à %n établissement et chargement de ses tables…</numerusform>
            <numerusform>Connexion aux %n établissements et chargement de leurs tables…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>{0}: occupied share per table</source>
        <translation>{0} : part d’occupation par table</translation>
    </message>
    <message>
        <source>{0} of the service occupied</source>
        <translation>occupée {0} du service</translation>
    </message>
</context>
<context>
    <name>JournalFile</name>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>le fichier est endommagé</translation>
    </message>
    <message>
        <source>no permission to write in {0}</source>
        <translation>pas le droit d’écrire dans {0}</translation>
    </message>
    <message>
        <source>no permission to write it</source>
        <translation>pas le droit de l’écrire</translation>
    </message>
    <message>
        <source>another floorview is recording this branch&apos;s journal: this one records nothing</source>
        <translation>un autre floorview enregistre déjà le journal de cet établissement : celui-ci n’enregistre rien</translation>
    </message>
    <message>
        <source>it could not be written ({0})</source>
        <translation>il n’a pas pu être écrit ({0})</translation>
    </message>
    <message>
        <source>it could not be written</source>
        <translation>il n’a pas pu être écrit</translation>
    </message>
</context>
<context>
    <name>JournalStatus</name>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>The journal file was damaged: it was moved aside as {name} and a new one started.</source>
        <translation>Le fichier journal était endommagé : il a été mis de côté sous le nom {name} et un nouveau a été commencé.</translation>
    </message>
    <message>
        <source>Journal off: another floorview is recording this branch&apos;s journal: this one records nothing</source>
        <translation>Journal désactivé : un autre floorview enregistre déjà le journal de cet établissement, celui-ci n’enregistre rien</translation>
    </message>
    <message>
        <source>Journal paused: {why} — {kept}, {when}{lost}</source>
        <translation>Journal en pause : {why} — {kept}, {when}{lost}</translation>
    </message>
    <message>
        <source>written when there is room</source>
        <translation>enregistrement dès qu’il y aura de la place</translation>
    </message>
    <message>
        <source>written as soon as it can be</source>
        <translation>enregistrement dès que possible</translation>
    </message>
    <message>
        <source>1 kept change written</source>
        <translation>1 modification conservée enregistrée</translation>
    </message>
    <message>
        <source>{n} kept changes written</source>
        <translation>{n} modifications conservées enregistrées</translation>
    </message>
    <message>
        <source>Journal recording again: {written}{lost}</source>
        <translation>Le journal enregistre de nouveau : {written}{lost}</translation>
    </message>
    <message>
        <source>Journal recording again{lost}</source>
        <translation>Le journal enregistre de nouveau{lost}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>no permission to write its folder</source>
        <translation>pas le droit d’écrire dans son dossier</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>le fichier est endommagé</translation>
    </message>
    <message>
        <source>it could not be written</source>
        <translation>il n’a pas pu être écrit</translation>
    </message>
    <message>
        <source>1 change kept</source>
        <translation>1 modification conservée</translation>
    </message>
    <message>
        <source>{n} changes kept</source>
        <translation>{n} modifications conservées</translation>
    </message>
    <message>
        <source> (1 older change could not be kept)</source>
        <translation> (1 modification plus ancienne n’a pas pu être conservée)</translation>
    </message>
    <message>
        <source> ({n} older changes could not be kept)</source>
        <translation> ({n} modifications plus anciennes n’ont pas pu être conservées)</translation>
    </message>
</context>
<context>
    <name>KioskMode</name>
    <message>
        <source>The Leave kiosk button</source>
        <translation>le bouton « Quitter kiosque »</translation>
    </message>
    <message>
        <source>Leave kiosk mode?</source>
        <translation>Quitter le mode kiosque ?</translation>
    </message>
    <message>
        <source>Leave kiosk mode on this screen?

“Leave kiosk mode” keeps the floor in a normal window (with menus), also when floorview starts next; “Quit floorview” closes it and the floor stops updating here. ({0} asked this.)</source>
        <translation>Quitter le mode kiosque sur cet écran ?

« Quitter le mode kiosque » garde le plan dans une fenêtre normale (avec menus), y compris au prochain démarrage de floorview ; « Quitter floorview » le ferme et le plan n’est plus mis à jour ici. (Demandé via {0}.)</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Quitter le mode kiosque</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Rester</translation>
    </message>
    <message>
        <source>Quit floorview</source>
        <translation>Quitter floorview</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Status legend</source>
        <translation>Légende des statuts</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <comment>a status and its count</comment>
        <translation>{0} {1}</translation>
    </message>
</context>
<context>
    <name>LiveConnection</name>
    <message>
        <source>The live connection failed: {0}</source>
        <translation>La connexion en direct a échoué : {0}</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnexion…</translation>
    </message>
    <message>
        <source>signing in again failed: {0}</source>
        <translation>échec de la reconnexion : {0}</translation>
    </message>
    <message>
        <source>You may not see this branch (the server said: {0}).</source>
        <translation>Vous n’avez pas accès à cet établissement (réponse du serveur : {0}).</translation>
    </message>
    <message>
        <source>The server is limiting this client: {0}.</source>
        <translation>Le serveur limite ce client : {0}.</translation>
    </message>
    <message>
        <source>The server reported an error: {0}.</source>
        <translation>Le serveur a signalé une erreur : {0}.</translation>
    </message>
    <message>
        <source>Joining the branch and loading its tables…</source>
        <translation>Connexion à l’établissement et chargement de ses tables…</translation>
    </message>
</context>
<context>
    <name>LiveErrors</name>
    <message>
        <source>the server&apos;s TLS certificate is not trusted (a private CA needs --ca-bundle)</source>
        <translation>le certificat TLS du serveur n’est pas reconnu (une autorité privée nécessite --ca-bundle)</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to floorview</source>
        <translation>Se connecter à floorview</translation>
    </message>
    <message>
        <source>https://floor.example.com</source>
        <translation>https://salle.exemple.fr</translation>
    </message>
    <message>
        <source>you@restaurant.com</source>
        <translation>vous@restaurant.fr</translation>
    </message>
    <message>
        <source>Keep me signed in on this device</source>
        <translation>Rester connecté sur cet appareil</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>server</source>
        <translation>adresse du serveur</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>Please enter your {0}.</source>
        <translation>Veuillez saisir : {0}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>{0}
Trying again in {1} s…</source>
        <translation>{0}
Nouvel essai dans {1} s…</translation>
    </message>
</context>
<context>
    <name>LongPolling</name>
    <message numerus="yes">
        <source>Over long-polling: WebSocket was refused ({0}); WebSocket is tried again every %n min.</source>
        <translation>
            <numerusform>Par long-polling : le WebSocket a été refusé ({0}) ; nouvel essai du WebSocket toutes les %n min.</numerusform>
            <numerusform>Par long-polling : le WebSocket a été refusé ({0}) ; nouvel essai du WebSocket toutes les %n min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>as of {0}</source>
        <translation>données de {0}</translation>
    </message>
    <message>
        <source>not synced</source>
        <translation>non synchronisé</translation>
    </message>
    <message>
        <source>{0} — floorview</source>
        <translation>{0} — floorview</translation>
    </message>
    <message>
        <source>To leave the floor monitor, press {0}.</source>
        <translation>Pour quitter l’écran de salle, appuyez sur {0}.</translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <source>Find a table by number</source>
        <translation>Chercher une table par numéro</translation>
    </message>
    <message>
        <source>Find table</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the number pad (Esc)</source>
        <translation>Fermer le pavé numérique (Échap)</translation>
    </message>
    <message>
        <source>Table number typed</source>
        <translation>Numéro de table saisi</translation>
    </message>
    <message>
        <source>Which table Show finds</source>
        <translation>La table que « Afficher » trouve</translation>
    </message>
    <message>
        <source>Delete the last character (Backspace)</source>
        <translation>Effacer le dernier caractère (Retour arrière)</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>Effacer le dernier caractère</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show this table on the floor (Enter)</source>
        <translation>Afficher cette table sur le plan (Entrée)</translation>
    </message>
    <message>
        <source>Type {digit}</source>
        <translation>Taper {digit}</translation>
    </message>
    <message>
        <source>Numbers that begin with {prefix}</source>
        <translation>Numéros commençant par {prefix}</translation>
    </message>
    <message>
        <source>No table numbered {number} here.</source>
        <translation>Aucune table {number} ici.</translation>
    </message>
    <message>
        <source>Type a table&apos;s number, then Show.</source>
        <translation>Tapez un numéro de table, puis Afficher.</translation>
    </message>
    <message>
        <source>Show: table {number} · {status}, {seats}</source>
        <translation>Afficher : table {number} · {status}, {seats}</translation>
    </message>
</context>
<context>
    <name>PageButtons</name>
    <message>
        <source>Floor to the left</source>
        <translation>Suite du plan à gauche</translation>
    </message>
    <message>
        <source>Floor to the right</source>
        <translation>Suite du plan à droite</translation>
    </message>
    <message>
        <source>Floor above</source>
        <translation>Suite du plan en haut</translation>
    </message>
    <message>
        <source>Floor below</source>
        <translation>Suite du plan en bas</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> turns</source>
        <translation> rotations</translation>
    </message>
    <message>
        <source>Likely free next: the median of the last this many turns of parties that size at about that time of day.</source>
        <translation>Prochaines tables libres : la médiane de ce nombre de dernières rotations, pour des groupes de cette taille, à peu près à la même heure.</translation>
    </message>
    <message>
        <source>Who Seat a party offers next</source>
        <translation>Qui « Placer un groupe » propose ensuite</translation>
    </message>
    <message>
        <source>Rotation, skipping anyone well ahead on covers</source>
        <translation>Tour de rôle, en sautant qui a trop d’avance en couverts</translation>
    </message>
    <message>
        <source>Strict rotation</source>
        <translation>Tour de rôle strict</translation>
    </message>
    <message>
        <source>Fewest covers</source>
        <translation>Le moins de couverts</translation>
    </message>
    <message>
        <source>Rotation: the server whose last party is longest ago, skipping anyone well ahead on covers for the seats they hold. Strict rotation: no skipping. Fewest covers: the fewest covers per seat held first.</source>
        <translation>Tour de rôle : le serveur dont le dernier groupe est le plus ancien, en sautant qui a trop d’avance en couverts pour les places qu’il tient. Tour de rôle strict : sans saut. Le moins de couverts : d’abord le moins de couverts par place tenue.</translation>
    </message>
    <message>
        <source>Sound when a table goes past red</source>
        <translation>Son quand une table dépasse le rouge</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Takes effect the next time floorview starts.</source>
        <translation>Prend effet au prochain démarrage de floorview.</translation>
    </message>
    <message>
        <source>A seated table&apos;s time turns amber, then red, after:</source>
        <translation>Le temps d’une table occupée passe à l’orange, puis au rouge, après :</translation>
    </message>
    <message>
        <source>Amber after</source>
        <translation>Orange après</translation>
    </message>
    <message>
        <source>Red after</source>
        <translation>Rouge après</translation>
    </message>
    <message>
        <source>Likely free from</source>
        <translation>Estimation sur</translation>
    </message>
    <message>
        <source>Next server</source>
        <translation>Prochain serveur</translation>
    </message>
    <message>
        <source>A new language takes effect the next time floorview starts.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage de floorview.</translation>
    </message>
</context>
<context>
    <name>QuoteSection</name>
    <message>
        <source>Quotes</source>
        <translation>Délais annoncés</translation>
    </message>
    <message>
        <source>No quote was given: every party asked about had a table free, or no time could be said.</source>
        <translation>Aucun délai annoncé : chaque groupe a trouvé une table libre, ou aucune heure n’a pu être donnée.</translation>
    </message>
    <message numerus="yes">
        <source>%n seated</source>
        <translation>
            <numerusform>%n placé</numerusform>
            <numerusform>%n placés</numerusform>
        </translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>seated vs quoted</source>
        <translation>réel vs annoncé</translation>
    </message>
    <message>
        <source>Worst early</source>
        <translation>Plus en avance</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>seated sooner than told</source>
        <translation>placé plus tôt qu’annoncé</translation>
    </message>
    <message>
        <source>Worst late</source>
        <translation>Plus en retard</translation>
    </message>
    <message>
        <source>seated later than told</source>
        <translation>placé plus tard qu’annoncé</translation>
    </message>
    <message numerus="yes">
        <source>Within %n min</source>
        <translation>
            <numerusform>À %n min près</numerusform>
            <numerusform>À %n min près</numerusform>
        </translation>
    </message>
    <message>
        <source>of the quotes seated</source>
        <translation>des délais tenus</translation>
    </message>
    <message>
        <source>Each time nothing seated a party now, the time the app gave for the table likely free first, against when that table (or one of the joined tables) was next seated.</source>
        <translation>Chaque fois qu’aucune table ne pouvait accueillir un groupe tout de suite : l’heure donnée par l’application pour la première table probablement libre, comparée au moment où cette table (ou l’une des tables réunies) a de nouveau été occupée.</translation>
    </message>
    <message numerus="yes">
        <source>%n quotes never saw their table seated again before the journal ended: not in the figures.</source>
        <translation>
            <numerusform>%n délai annoncé dont la table n’a plus été occupée avant la fin du journal : hors des chiffres.</numerusform>
            <numerusform>%n délais annoncés dont la table n’a plus été occupée avant la fin du journal : hors des chiffres.</numerusform>
        </translation>
    </message>
    <message>
        <source>each quote, early to late</source>
        <translation>chaque délai, de l’avance au retard</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Annoncé</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Placé</translation>
    </message>
    <message>
        <source>Off by</source>
        <translation>Écart</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <source>on time</source>
        <translation>à l’heure</translation>
    </message>
    <message numerus="yes">
        <source>%n min late</source>
        <translation>
            <numerusform>%n min de retard</numerusform>
            <numerusform>%n min de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min early</source>
        <translation>
            <numerusform>%n min d’avance</numerusform>
            <numerusform>%n min d’avance</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentChangesPanel</name>
    <message>
        <source>&lt;b&gt;Recent changes&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;newest first&lt;/span&gt;</source>
        <translation>&lt;b&gt;Changements récents&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;les plus récents d’abord&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Likely free next&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prochaines tables libres&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Table {0}</source>
        <translation>Table {0}</translation>
    </message>
    <message>
        <source>{0} removed</source>
        <translation>{0} supprimée</translation>
    </message>
    <message>
        <source>{0} added</source>
        <translation>{0} ajoutée</translation>
    </message>
    <message>
        <source>{0} {1} → {2} ({3})</source>
        <translation>{0} {1} → {2} ({3})</translation>
    </message>
    <message>
        <source>{0} {1} → {2}</source>
        <translation>{0} {1} → {2}</translation>
    </message>
    <message>
        <source>{0} guests {1} → {2}</source>
        <translation>{0} couverts {1} → {2}</translation>
    </message>
    <message>
        <source>{0} unassigned</source>
        <translation>{0} sans serveur</translation>
    </message>
    <message>
        <source>{0} assigned to another server</source>
        <translation>{0} attribuée à un autre serveur</translation>
    </message>
    <message>
        <source>{0} assigned to {1}</source>
        <translation>{0} attribuée à {1}</translation>
    </message>
    <message>
        <source>{0} moved</source>
        <translation>{0} déplacée</translation>
    </message>
    <message>
        <source>{0}  (while offline)</source>
        <translation>{0}  (hors ligne)</translation>
    </message>
    <message>
        <source>{0}  {1} {2}</source>
        <translation>{0}  {1} {2}</translation>
    </message>
    <message>
        <source>any minute now</source>
        <translation>d’un instant à l’autre</translation>
    </message>
    <message>
        <source>in {0} min</source>
        <translation>dans {0} min</translation>
    </message>
    <message numerus="yes">
        <source>{0}  ~{1} ({2}) · median of %n turns</source>
        <translation>
            <numerusform>{0}  ~{1} ({2}) · médiane sur %n rotation</numerusform>
            <numerusform>{0}  ~{1} ({2}) · médiane sur %n rotations</numerusform>
        </translation>
    </message>
    <message>
        <source>No table is occupied.</source>
        <translation>Aucune table occupée.</translation>
    </message>
    <message numerus="yes">
        <source>No estimate for %n tables yet: it takes {0} past turns of parties that size.</source>
        <translation>
            <numerusform>Pas encore d’estimation pour %n table : il faut {0} rotations passées de groupes de cette taille.</numerusform>
            <numerusform>Pas encore d’estimation pour %n tables : il faut {0} rotations passées de groupes de cette taille.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentOverlay</name>
    <message>
        <source>Recent changes</source>
        <translation>Changements récents</translation>
    </message>
    <message>
        <source>newest first · F9 or a tap closes</source>
        <translation>les plus récents d’abord · F9 ou un appui pour fermer</translation>
    </message>
    <message>
        <source>&lt;i&gt;No changes yet since this screen started.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aucun changement depuis le démarrage de cet écran.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message numerus="yes">
        <source>; %n older changes could not be kept</source>
        <translation>
            <numerusform> ; %n modification plus ancienne n’a pas pu être conservée</numerusform>
            <numerusform> ; %n modifications plus anciennes n’ont pas pu être conservées</numerusform>
        </translation>
    </message>
    <message>
        <source>journal: the file was damaged; moved aside as {0}, a new one started</source>
        <translation>journal : le fichier était endommagé ; mis de côté sous le nom {0}, un nouveau a été commencé</translation>
    </message>
    <message>
        <source>journal off: {0}</source>
        <translation>journal désactivé : {0}</translation>
    </message>
    <message numerus="yes">
        <source>journal paused: {0} — %n changes kept, written when there is room{1}</source>
        <translation>
            <numerusform>journal en pause : {0} — %n modification conservée, enregistrée dès qu’il y aura de la place{1}</numerusform>
            <numerusform>journal en pause : {0} — %n modifications conservées, enregistrées dès qu’il y aura de la place{1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>journal paused: {0} — %n changes kept, written as soon as it can{1}</source>
        <translation>
            <numerusform>journal en pause : {0} — %n modification conservée, enregistrée dès que possible{1}</numerusform>
            <numerusform>journal en pause : {0} — %n modifications conservées, enregistrées dès que possible{1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>journal recording again: %n kept changes written{0}</source>
        <translation>
            <numerusform>le journal enregistre de nouveau : %n modification conservée enregistrée{0}</numerusform>
            <numerusform>le journal enregistre de nouveau : %n modifications conservées enregistrées{0}</numerusform>
        </translation>
    </message>
    <message>
        <source>journal recording again{0}</source>
        <translation>le journal enregistre de nouveau{0}</translation>
    </message>
    <message>
        <source>journal recording{0}</source>
        <translation>le journal enregistre{0}</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>{0}

floorview carries on; if something looks wrong, sign in again or restart it.

The details are in {1}</source>
        <translation>{0}

floorview continue ; si quelque chose semble anormal, reconnectez-vous ou redémarrez-le.

Les détails sont dans {1}</translation>
    </message>
    <message>
        <source>{0}

floorview carries on; if something looks wrong, sign in again or restart it.</source>
        <translation>{0}

floorview continue ; si quelque chose semble anormal, reconnectez-vous ou redémarrez-le.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Recovered from an error: the floor was reloaded.</source>
        <translation>Reprise après une erreur : le plan a été rechargé.</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <source>not a number: {0!r}</source>
        <translation>pas un nombre : {0!r}</translation>
    </message>
    <message>
        <source>choose a speed above 0 (at most 100000)</source>
        <translation>choisissez une vitesse supérieure à 0 (au plus 100 000)</translation>
    </message>
    <message>
        <source>floorview replay: cannot write frames in {0}: {1}</source>
        <translation>floorview replay : impossible d’écrire les images dans {0} : {1}</translation>
    </message>
    <message>
        <source>floorview replay: could not write {0}</source>
        <translation>floorview replay : impossible d’écrire {0}</translation>
    </message>
    <message numerus="yes">
        <source>{0}: {1}, %n floor plans</source>
        <translation>
            <numerusform>{0} : {1}, %n plan de salle</numerusform>
            <numerusform>{0} : {1}, %n plans de salle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frames</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplayWindow</name>
    <message>
        <source>Replay</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Replay · {0} — floorview</source>
        <translation>Relecture · {0} — floorview</translation>
    </message>
    <message>
        <source>Replay · {0} · {1}  {2}</source>
        <translation>Relecture · {0} · {1}  {2}</translation>
    </message>
    <message>
        <source>  ·  paused</source>
        <translation>  ·  en pause</translation>
    </message>
    <message>
        <source>  ·  the screen was offline then (as of {0})</source>
        <translation>  ·  l’écran était hors ligne à ce moment (données de {0})</translation>
    </message>
    <message>
        <source>  ·  the screen was offline then</source>
        <translation>  ·  l’écran était hors ligne à ce moment</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>not a date (YYYY-MM-DD): {0!r}</source>
        <translation>pas une date (AAAA-MM-JJ) : {0!r}</translation>
    </message>
    <message>
        <source>{0}: no journal at {1}</source>
        <translation>{0} : aucun journal à {1}</translation>
    </message>
    <message>
        <source>{0}: give a JOURNAL file, --date or --demo (no journals in {1} yet)</source>
        <translation>{0} : indiquez un fichier JOURNAL, --date ou --demo (aucun journal dans {1} pour le moment)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>{0}: no journal for {1} in {2} (latest: {3})</source>
        <translation>{0} : aucun journal pour le {1} dans {2} (le plus récent : {3})</translation>
    </message>
    <message>
        <source>{0}: journals of several branches for {1}; choose one with --branch: {2}</source>
        <translation>{0} : journaux de plusieurs établissements pour le {1} ; choisissez-en un avec --branch : {2}</translation>
    </message>
    <message>
        <source>floorview report: no folder {0} to write {1} in</source>
        <translation>floorview report : pas de dossier {0} où écrire {1}</translation>
    </message>
    <message>
        <source>floorview report: could not write {0}: {1}</source>
        <translation>floorview report : impossible d’écrire {0} : {1}</translation>
    </message>
    <message>
        <source>{0}: {1}, {2}, {3}, {4}; journal {5} KiB, built in {6} s</source>
        <translation>{0} : {1}, {2}, {3}, {4} ; journal de {5} Kio, généré en {6} s</translation>
    </message>
    <message numerus="yes">
        <source>%n parties</source>
        <translation>
            <numerusform>%n groupe</numerusform>
            <numerusform>%n groupes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n covers</source>
        <translation>
            <numerusform>%n couvert</numerusform>
            <numerusform>%n couverts</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} h {1}</source>
        <comment>hours and minutes</comment>
        <translation>{0} h {1}</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>Unknown branch</source>
        <translation>Établissement inconnu</translation>
    </message>
    <message numerus="yes">
        <source>The screen lost its connection %n times (first at {0});</source>
        <translation>
            <numerusform>L’écran a perdu la connexion %n fois (à {0}) ;</numerusform>
            <numerusform>L’écran a perdu la connexion %n fois (la première à {0}) ;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes made meanwhile were recovered when it came back and are counted at the time they happened.</source>
        <translation>
            <numerusform>%n modification faite entre-temps a été récupérée au retour de la connexion et compte à l’heure où elle a eu lieu.</numerusform>
            <numerusform>%n modifications faites entre-temps ont été récupérées au retour de la connexion et comptent à l’heure où elles ont eu lieu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes were recovered on a resync.</source>
        <translation>
            <numerusform>%n modification a été récupérée lors d’une resynchronisation.</numerusform>
            <numerusform>%n modifications ont été récupérées lors d’une resynchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Couverts</translation>
    </message>
    <message>
        <source>Median turn</source>
        <translation>Rotation médiane</translation>
    </message>
    <message>
        <source>middle half {0}–{1}</source>
        <translation>moitié centrale {0}–{1}</translation>
    </message>
    <message>
        <source>no turns</source>
        <translation>aucune rotation</translation>
    </message>
    <message>
        <source>Busiest hour</source>
        <translation>Heure de pointe</translation>
    </message>
    <message numerus="yes">
        <source>%n covers seated</source>
        <translation>
            <numerusform>%n couvert placé</numerusform>
            <numerusform>%n couverts placés</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Nettoyage</translation>
    </message>
    <message numerus="yes">
        <source>median of %n resets</source>
        <translation>
            <numerusform>médiane sur %n remise en place</numerusform>
            <numerusform>médiane sur %n remises en place</numerusform>
        </translation>
    </message>
    <message>
        <source>no resets</source>
        <translation>aucune remise en place</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Dépassements</translation>
    </message>
    <message numerus="yes">
        <source>turns over %n min</source>
        <translation>
            <numerusform>rotations de plus de %n min</numerusform>
            <numerusform>rotations de plus de %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>times on the branch&apos;s clock ({0})</source>
        <translation>heures à l’horloge de l’établissement ({0})</translation>
    </message>
    <message>
        <source>times on the branch&apos;s clock</source>
        <translation>heures à l’horloge de l’établissement</translation>
    </message>
    <message>
        <source>service {0}–{1}</source>
        <translation>service {0}–{1}</translation>
    </message>
    <message>
        <source>Covers per hour</source>
        <translation>Couverts par heure</translation>
    </message>
    <message>
        <source>covers per hour</source>
        <translation>couverts par heure</translation>
    </message>
    <message>
        <source>How full each table was</source>
        <translation>Taux d’occupation par table</translation>
    </message>
    <message>
        <source>Share of the service ({0}–{1}) each table was occupied.</source>
        <translation>Part du service ({0}–{1}) pendant laquelle chaque table était occupée.</translation>
    </message>
    <message>
        <source>Turn times</source>
        <translation>Durées de rotation</translation>
    </message>
    <message>
        <source>Seated → cleared: median, with the middle half of the parties in brackets and drawn as the bar.</source>
        <translation>Placé → débarrassé : médiane, avec la moitié centrale des groupes entre parenthèses et en barre.</translation>
    </message>
    <message>
        <source>{0} guests</source>
        <comment>a party size band</comment>
        <translation>{0} personnes</translation>
    </message>
    <message>
        <source>By party size</source>
        <translation>Par taille de groupe</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>By server</source>
        <translation>Par serveur</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>By table</source>
        <translation>Par table</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message numerus="yes">
        <source>How long tables stood in cleaning before they were set again: {0} over %n resets.</source>
        <translation>
            <numerusform>Temps passé en nettoyage avant la remise en place des tables : {0} sur %n remise en place.</numerusform>
            <numerusform>Temps passé en nettoyage avant la remise en place des tables : {0} sur %n remises en place.</numerusform>
        </translation>
    </message>
    <message>
        <source>Longest in cleaning</source>
        <translation>Plus longs nettoyages</translation>
    </message>
    <message>
        <source>Longest waits</source>
        <translation>Plus longues attentes</translation>
    </message>
    <message>
        <source>Tables held for a booking before the party sat</source>
        <translation>Tables bloquées pour une réservation avant l’arrivée du groupe</translation>
    </message>
    <message>
        <source>No bookings were held.</source>
        <translation>Aucune table bloquée pour une réservation.</translation>
    </message>
    <message numerus="yes">
        <source>Over time (turns over %n min)</source>
        <translation>
            <numerusform>Dépassements (rotations de plus de %n min)</numerusform>
            <numerusform>Dépassements (rotations de plus de %n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>No table went over time.</source>
        <translation>Aucune table en dépassement.</translation>
    </message>
    <message numerus="yes">
        <source>%n tables were still seated when the journal ended at {0}; their turns are not in the figures.</source>
        <translation>
            <numerusform>%n table était encore occupée à la fin du journal à {0} ; sa rotation n’est pas dans les chiffres.</numerusform>
            <numerusform>%n tables étaient encore occupées à la fin du journal à {0} ; leurs rotations ne sont pas dans les chiffres.</numerusform>
        </translation>
    </message>
    <message>
        <source>floorview report · from the journal {0} · a turn is a party from seated to cleared; covers count guests who joined later.</source>
        <translation>floorview report · d’après le journal {0} · une rotation va de l’installation du groupe au débarrassage ; les couverts comptent aussi les convives arrivés plus tard.</translation>
    </message>
    <message>
        <source>No turns.</source>
        <translation>Aucune rotation.</translation>
    </message>
    <message>
        <source>middle half</source>
        <translation>moitié centrale</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Rotations</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Middle half</source>
        <translation>Moitié centrale</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Share of covers</source>
        <translation>Part des couverts</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>No parties were seated.</source>
        <translation>Aucun groupe placé.</translation>
    </message>
</context>
<context>
    <name>Rest</name>
    <message>
        <source>The server refused the request</source>
        <translation>Le serveur a refusé la requête</translation>
    </message>
    <message>
        <source>The server rejected the request as invalid</source>
        <translation>Le serveur a rejeté la requête comme invalide</translation>
    </message>
    <message>
        <source>Not signed in, or the sign-in has expired</source>
        <translation>Non connecté, ou la connexion a expiré</translation>
    </message>
    <message>
        <source>Wrong email or password</source>
        <translation>E-mail ou mot de passe incorrect</translation>
    </message>
    <message>
        <source>You are not allowed to do that</source>
        <translation>Vous n’avez pas le droit de faire cela</translation>
    </message>
    <message>
        <source>Not found (it may have been deleted)</source>
        <translation>Introuvable (peut-être supprimé)</translation>
    </message>
    <message>
        <source>Someone else changed this table first; reload it and try again</source>
        <translation>Quelqu’un d’autre a modifié cette table avant vous ; rechargez-la et réessayez</translation>
    </message>
    <message>
        <source>The server is busy with too many requests</source>
        <translation>Le serveur reçoit trop de requêtes</translation>
    </message>
    <message>
        <source>Try again in {0} s.</source>
        <translation>Réessayez dans {0} s.</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>Impossible de joindre le serveur</translation>
    </message>
    <message>
        <source>The server failed</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>The server sent an answer this app does not understand</source>
        <translation>Le serveur a envoyé une réponse que cette application ne comprend pas</translation>
    </message>
    <message>
        <source>The server does not speak HTTPS at this address: try {0} instead</source>
        <translation>Le serveur ne parle pas HTTPS à cette adresse : essayez plutôt {0}</translation>
    </message>
    <message>
        <source>TLS failed (a private CA needs --ca-bundle): {0}</source>
        <translation>Échec TLS (une autorité privée nécessite --ca-bundle) : {0}</translation>
    </message>
    <message>
        <source>The server&apos;s answer was cut off: the connection broke mid-way</source>
        <translation>La réponse du serveur a été coupée : la connexion s’est interrompue en cours de route</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: its compressed body is damaged</source>
        <translation>La réponse du serveur est illisible : son contenu compressé est endommagé</translation>
    </message>
    <message>
        <source>The server&apos;s address redirects in a loop; check the server&apos;s address</source>
        <translation>L’adresse du serveur redirige en boucle ; vérifiez l’adresse du serveur</translation>
    </message>
    <message>
        <source>The server&apos;s address is not a valid URL; check the server&apos;s address</source>
        <translation>L’adresse du serveur n’est pas une URL valide ; vérifiez l’adresse du serveur</translation>
    </message>
    <message>
        <source>The request could not be sent: a value in it is not valid JSON</source>
        <translation>La requête n’a pas pu être envoyée : une de ses valeurs n’est pas du JSON valide</translation>
    </message>
    <message>
        <source>The request could not be sent ({0})</source>
        <translation>La requête n’a pas pu être envoyée ({0})</translation>
    </message>
</context>
<context>
    <name>Retry</name>
    <message numerus="yes">
        <source>retrying in %n s.</source>
        <translation>
            <numerusform>nouvel essai dans %n s.</numerusform>
            <numerusform>nouvel essai dans %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message numerus="yes">
        <source>The server refused a new sign-in at once; signing in again in %n s.</source>
        <translation>
            <numerusform>Le serveur a refusé une reconnexion immédiate ; nouvelle connexion dans %n s.</numerusform>
            <numerusform>Le serveur a refusé une reconnexion immédiate ; nouvelle connexion dans %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach the server ({0}); {1}</source>
        <translation>Impossible de joindre le serveur ({0}) ; {1}</translation>
    </message>
    <message>
        <source>Connection lost ({0}); {1}</source>
        <translation>Connexion perdue ({0}) ; {1}</translation>
    </message>
    <message>
        <source>Still cannot reach the server ({0}); {1}</source>
        <translation>Serveur toujours injoignable ({0}) ; {1}</translation>
    </message>
</context>
<context>
    <name>Seat</name>
    <message>
        <source>not a number of guests: {0!r}</source>
        <translation>pas un nombre de personnes : {0!r}</translation>
    </message>
    <message>
        <source>a party is 1 to {0} guests</source>
        <translation>un groupe compte de 1 à {0} personnes</translation>
    </message>
    <message>
        <source>Password for {0}: </source>
        <translation>Mot de passe pour {0} : </translation>
    </message>
    <message>
        <source>give --server URL (or FLOORVIEW_SERVER)</source>
        <translation>indiquez --server URL (ou FLOORVIEW_SERVER)</translation>
    </message>
    <message numerus="yes">
        <source>A party of %n at {0}:</source>
        <translation>
            <numerusform>Un groupe de %n personne chez {0} :</numerusform>
            <numerusform>Un groupe de %n personnes chez {0} :</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} [free at {1}]</source>
        <translation>{0} [libre à {1}]</translation>
    </message>
</context>
<context>
    <name>SeatPanel</name>
    <message>
        <source>Seat a party</source>
        <translation>Placer un groupe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without seating anyone (Esc)</source>
        <translation>Fermer sans placer personne (Échap)</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Que faire ensuite</translation>
    </message>
    <message>
        <source>Party size typed</source>
        <translation>Nombre de personnes saisi</translation>
    </message>
    <message>
        <source>Delete the last digit (Backspace)</source>
        <translation>Effacer le dernier chiffre (Retour arrière)</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <source>Show options</source>
        <translation>Voir les options</translation>
    </message>
    <message>
        <source>Where this party can sit (Enter)</source>
        <translation>Où ce groupe peut s’asseoir (Entrée)</translation>
    </message>
    <message>
        <source>Type {0}</source>
        <translation>Taper {0}</translation>
    </message>
    <message>
        <source>Where the party can sit, best first</source>
        <translation>Où le groupe peut s’asseoir, le meilleur choix d’abord</translation>
    </message>
    <message>
        <source>Change size</source>
        <translation>Changer le nombre</translation>
    </message>
    <message>
        <source>Type another party size</source>
        <translation>Saisir un autre nombre de personnes</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Put the tables back as they were</source>
        <translation>Remettre les tables comme avant</translation>
    </message>
    <message>
        <source>Seat another</source>
        <translation>Placer un autre</translation>
    </message>
    <message>
        <source>Seat the next party</source>
        <translation>Placer le groupe suivant</translation>
    </message>
    <message>
        <source>Type how many are in the party first.</source>
        <translation>Saisissez d’abord le nombre de personnes.</translation>
    </message>
    <message numerus="yes">
        <source>A party of %n</source>
        <translation>
            <numerusform>Un groupe de %n personne</numerusform>
            <numerusform>Un groupe de %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to offer.</source>
        <translation>Rien à proposer.</translation>
    </message>
    <message>
        <source>Tap where they sit: number 1 is the best.</source>
        <translation>Touchez la table choisie : le numéro 1 est le meilleur choix.</translation>
    </message>
    <message>
        <source>Option {0}: {1}</source>
        <translation>Option {0} : {1}</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Placé</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the panel (Esc)</source>
        <translation>Fermer le panneau (Échap)</translation>
    </message>
    <message>
        <source>Party of {0}</source>
        <translation>Groupe de {0}</translation>
    </message>
    <message>
        <source>How many are at the door? Then Show options.</source>
        <translation>Combien de personnes à l’accueil ? Puis Voir les options.</translation>
    </message>
    <message numerus="yes">
        <source>Show options: where a party of %n can sit.</source>
        <translation>
            <numerusform>Voir les options : où placer un groupe de %n personne.</numerusform>
            <numerusform>Voir les options : où placer un groupe de %n personnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Only tables in {0}</source>
        <translation>Uniquement le rang {0}</translation>
    </message>
    <message>
        <source>Tables in any section</source>
        <translation>Tables de tous les rangs</translation>
    </message>
</context>
<context>
    <name>SeatParty</name>
    <message>
        <source>Next: {0}</source>
        <translation>Suivant : {0}</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>sans serveur</translation>
    </message>
    <message>
        <source>Table {0}</source>
        <translation>Table {0}</translation>
    </message>
    <message>
        <source>Tables {0}</source>
        <translation>Tables {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n seats</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing seats a party of %n.</source>
        <translation>
            <numerusform>Aucune table pour un groupe de %n personne.</numerusform>
            <numerusform>Aucune table pour un groupe de %n personnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is free for them now: these free up first. Tell the party the time; seat them when the table is free.</source>
        <translation>Rien de libre pour l’instant : voici les premières tables à se libérer. Donnez l’heure au groupe ; placez-le quand la table est libre.</translation>
    </message>
    <message>
        <source>no estimate of when it frees</source>
        <translation>pas d’estimation de libération</translation>
    </message>
    <message>
        <source>free {0}</source>
        <translation>libre {0}</translation>
    </message>
    <message>
        <source>Table {0} is not free yet ({1}): tell the party, and seat them when it is.</source>
        <translation>La table {0} n’est pas encore libre ({1}) : prévenez le groupe, et placez-le quand elle le sera.</translation>
    </message>
    <message>
        <source>{0} was just taken: the options as the floor is now.</source>
        <translation>{0} : quelqu’un a été plus rapide. Voici les options selon la salle actuelle.</translation>
    </message>
    <message>
        <source>table {0}</source>
        <translation>table {0}</translation>
    </message>
    <message>
        <source>tables {0}</source>
        <translation>tables {0}</translation>
    </message>
    <message>
        <source>A party of {0} at {1} · {2}. Undo puts it back.</source>
        <translation>Groupe de {0} placé : {1} · {2}. « Annuler » remet tout comme avant.</translation>
    </message>
</context>
<context>
    <name>SeatWrites</name>
    <message>
        <source>table {0}</source>
        <translation>table {0}</translation>
    </message>
    <message>
        <source>tables {0}</source>
        <translation>tables {0}</translation>
    </message>
    <message>
        <source>seating {0}</source>
        <translation>placement ({0})</translation>
    </message>
    <message>
        <source>That table was deleted meanwhile.</source>
        <translation>Cette table a été supprimée entre-temps.</translation>
    </message>
    <message>
        <source>Seating table {0} failed: {1}</source>
        <translation>Échec du placement à la table {0} : {1}</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>sans serveur</translation>
    </message>
    <message numerus="yes">
        <source>Seated a party of %n at {0} ({1}).</source>
        <translation>
            <numerusform>Groupe de %n personne placé : {0} ({1}).</numerusform>
            <numerusform>Groupe de %n personnes placé : {0} ({1}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablissement</translation>
    </message>
    <message>
        <source>{0} of {1} refused: someone else changed that table since. Nothing was changed there; the floor shows their version.</source>
        <translation>{0} du {1} impossible : quelqu’un d’autre a modifié cette table entre-temps. Rien n’y a été modifié ; le plan affiche sa version.</translation>
    </message>
    <message>
        <source>{0} of {1} not sent: {2}. Press it again once the floor is live.</source>
        <translation>{0} du {1} : rien n’a été envoyé ({2}). Appuyez de nouveau quand le plan sera en direct.</translation>
    </message>
    <message>
        <source>{0} of {1} failed: {2}</source>
        <translation>{0} du {1} : échec ({2})</translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <translation>{0} : {1}.</translation>
    </message>
</context>
<context>
    <name>Seating</name>
    <message>
        <source>no server assigned</source>
        <translation>aucun serveur attribué</translation>
    </message>
    <message>
        <source>{0}&apos;s section (next in rotation)</source>
        <translation>rang de {0} (c’est son tour)</translation>
    </message>
    <message>
        <source>{0}&apos;s section ({0} is well ahead on covers, {1}, and skipped in the rotation)</source>
        <translation>rang de {0} ({0} a beaucoup d’avance en couverts, {1}, et passe son tour)</translation>
    </message>
    <message>
        <source>{0}&apos;s section</source>
        <translation>rang de {0}</translation>
    </message>
    <message>
        <source>the smallest free table</source>
        <translation>la plus petite table libre</translation>
    </message>
    <message>
        <source>a larger free table</source>
        <translation>une table libre plus grande</translation>
    </message>
    <message>
        <source>Table {0} seats {1}: {2} for {3}, in {4}</source>
        <translation>Table {0} ({1} places) : {2} pour un groupe de {3}, {4}</translation>
    </message>
    <message>
        <source>one section</source>
        <translation>un seul rang</translation>
    </message>
    <message>
        <source>across sections</source>
        <translation>sur plusieurs rangs</translation>
    </message>
    <message>
        <source>Tables {0} together seat {1}: no single free table seats {2}, and these stand side by side ({3}), in {4}</source>
        <translation>Tables {0} réunies ({1} places) : aucune table libre seule n’accueille un groupe de {2}, et celles-ci sont côte à côte ({3}), {4}</translation>
    </message>
    <message>
        <source>nothing free seats {0} now (the largest free table seats {1}, and no free neighbours add up)</source>
        <translation>rien de libre pour un groupe de {0} maintenant (la plus grande table libre a {1} places, et les tables voisines libres ne suffisent pas)</translation>
    </message>
    <message>
        <source>any minute now</source>
        <translation>d’un instant à l’autre</translation>
    </message>
    <message numerus="yes">
        <source>in about %n min</source>
        <translation>
            <numerusform>dans %n min environ</numerusform>
            <numerusform>dans %n min environ</numerusform>
        </translation>
    </message>
    <message>
        <source>Table {0} seats {1}: {2}; it is likely free {3} ({4}), in {5}</source>
        <translation>Table {0} ({1} places) : {2} ; elle sera probablement libre {3} ({4}), {5}</translation>
    </message>
    <message>
        <source>Table {0} seats {1}: {2}; it is occupied and there is no history of parties this size to say when it frees, in {3}</source>
        <translation>Table {0} ({1} places) : {2} ; elle est occupée et aucun historique de groupes de cette taille ne dit quand elle se libère, {3}</translation>
    </message>
    <message>
        <source>Nothing seats {0}, now or later: the largest table seats {1}, and no free neighbouring tables add up to {0}</source>
        <translation>Aucune table pour un groupe de {0}, ni maintenant ni plus tard : la plus grande table a {1} places, et aucune table voisine libre n’atteint {0} places ensemble</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <comment>the last of a list</comment>
        <translation>{0} et {1}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Choose a branch with --branch; this user may see: {0}.</source>
        <translation>Choisissez un établissement avec --branch ; cet utilisateur a accès à : {0}.</translation>
    </message>
    <message>
        <source>No branch {0!r} that this user may see; choose one of: {1}.</source>
        <translation>Aucun établissement {0!r} accessible à cet utilisateur ; choisissez parmi : {1}.</translation>
    </message>
    <message>
        <source>Give --email (with the password in {0} or at the prompt), or a token in {1}.</source>
        <translation>Indiquez --email (avec le mot de passe dans {0} ou à l’invite), ou un jeton dans {1}.</translation>
    </message>
    <message>
        <source>No password for {0}.</source>
        <translation>Aucun mot de passe pour {0}.</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Summary and table list</source>
        <translation>Résumé et liste des tables</translation>
    </message>
    <message>
        <source>Summary and list</source>
        <translation>Résumé et liste</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Sign in as someone else</source>
        <translation>Se connecter sous un autre compte</translation>
    </message>
    <message>
        <source>Sign in as someone else, or Cancel to quit.</source>
        <translation>Connectez-vous sous un autre compte, ou Annuler pour quitter.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>Votre connexion a expiré. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Could not load the branches</source>
        <translation>Impossible de charger les établissements</translation>
    </message>
    <message>
        <source>No branches</source>
        <translation>Aucun établissement</translation>
    </message>
    <message>
        <source>{0} may not see any branch.</source>
        <translation>{0} n’a accès à aucun établissement.</translation>
    </message>
    <message>
        <source>More than one branch is named “{0}”: which one?</source>
        <translation>Plusieurs établissements s’appellent « {0} » : lequel ?</translation>
    </message>
    <message>
        <source>{0} may not watch “{1}” (or no branch has that name). Choose one of these:</source>
        <translation>{0} n’a pas accès à « {1} » (ou aucun établissement ne porte ce nom). Choisissez parmi ceux-ci :</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>not a whole number of pixels: {0!r}</source>
        <translation>pas un nombre entier de pixels : {0!r}</translation>
    </message>
    <message>
        <source>choose between 16 and 16384 pixels</source>
        <translation>choisissez entre 16 et 16384 pixels</translation>
    </message>
    <message>
        <source>This branch has no floor plans.</source>
        <translation>Cet établissement n’a aucun plan de salle.</translation>
    </message>
    <message>
        <source>No floor plan {0!r}; choose one of: {1}.</source>
        <translation>Aucun plan de salle {0!r} ; choisissez parmi : {1}.</translation>
    </message>
    <message>
        <source>floorview snapshot: give --server URL (or FLOORVIEW_SERVER), or --demo.</source>
        <translation>floorview snapshot : indiquez --server URL (ou FLOORVIEW_SERVER), ou --demo.</translation>
    </message>
    <message>
        <source>floorview snapshot: no folder {0} to write {1} in</source>
        <translation>floorview snapshot : pas de dossier {0} où écrire {1}</translation>
    </message>
    <message>
        <source>floorview snapshot: could not write {0} (is its suffix an image format?)</source>
        <translation>floorview snapshot : impossible d’écrire {0} (son extension est-elle un format d’image ?)</translation>
    </message>
    <message numerus="yes">
        <source>{0}: {1}, %n tables, {2}×{3}</source>
        <translation>
            <numerusform>{0} : {1}, %n table, {2}×{3}</numerusform>
            <numerusform>{0} : {1}, %n tables, {2}×{3}</numerusform>
        </translation>
    </message>
    <message>
        <source>Password for {0}: </source>
        <translation>Mot de passe pour {0} : </translation>
    </message>
    <message>
        <source>{0}  {1}</source>
        <comment>the strip&apos;s day and time</comment>
        <translation>{0}  {1}</translation>
    </message>
    <message>
        <source>may be out of date · {0}</source>
        <translation>peut-être plus à jour · {0}</translation>
    </message>
</context>
<context>
    <name>StallMarks</name>
    <message>
        <source>seated</source>
        <translation>occupée</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>réservée</translation>
    </message>
    <message>
        <source>cleaning</source>
        <translation>en nettoyage</translation>
    </message>
    <message>
        <source>{0} {1} — usually {2}</source>
        <translation>{0} depuis {1} — d’habitude {2}</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Available</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservée</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Occupée</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Nettoyage</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message numerus="yes">
        <source>%n tables</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n covers</source>
        <translation>
            <numerusform>%n couvert</numerusform>
            <numerusform>%n couverts</numerusform>
        </translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>%p% occupancy</source>
        <translation>%p % d’occupation</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Click a server to highlight their tables; click again to clear</source>
        <translation>Cliquez sur un serveur pour surligner ses tables ; cliquez de nouveau pour effacer</translation>
    </message>
    <message>
        <source>Next server in the rotation</source>
        <translation>Prochain serveur du tour de rôle</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Tables — {0}, may be out of date</source>
        <translation>Tables — {0}, peut-être plus à jour</translation>
    </message>
    <message>
        <source>Covers {0} of {1} seats · {2}</source>
        <translation>Couverts {0} sur {1} places · {2}</translation>
    </message>
    <message>
        <source> · {0} unknown</source>
        <translation> · {0} inconnus</translation>
    </message>
    <message>
        <source>Unknown server</source>
        <translation>Serveur inconnu</translation>
    </message>
    <message>
        <source>{0}  —  {1} · {2}</source>
        <translation>{0}  —  {1} · {2}</translation>
    </message>
    <message>
        <source>Unassigned  —  {0} · {1}</source>
        <translation>Sans serveur  —  {0} · {1}</translation>
    </message>
</context>
<context>
    <name>TableActions</name>
    <message>
        <source>Table {0}</source>
        <translation>Table {0}</translation>
    </message>
    <message>
        <source> of {0} seats</source>
        <translation> sur {0} places</translation>
    </message>
    <message>
        <source>Table {0} · {1} seats</source>
        <translation>Table {0} · {1} places</translation>
    </message>
    <message>
        <source>Table {0} — {1}, {2}</source>
        <translation>Table {0} — {1}, {2}</translation>
    </message>
    <message>
        <source>Acknowledge over time</source>
        <translation>Marquer le dépassement comme vu</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Assign server</source>
        <translation>Attribuer un serveur</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Retirer le serveur</translation>
    </message>
    <message>
        <source>Number, seats, shape…</source>
        <translation>Numéro, places, forme…</translation>
    </message>
    <message>
        <source>Delete table</source>
        <translation>Supprimer la table</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <source>No server</source>
        <translation>Aucun serveur</translation>
    </message>
    <message>
        <source>One guest fewer</source>
        <translation>Un couvert de moins</translation>
    </message>
    <message>
        <source>One guest more</source>
        <translation>Un couvert de plus</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Couverts</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>TableFormDialog</name>
    <message>
        <source>Square</source>
        <translation>Carrée</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ronde</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rectangulaire</translation>
    </message>
    <message>
        <source>Add table</source>
        <translation>Ajouter une table</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> places</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Give the table a number.</source>
        <translation>Donnez un numéro à la table.</translation>
    </message>
    <message>
        <source>Another table is numbered {0}.</source>
        <translation>Une autre table porte déjà le numéro {0}.</translation>
    </message>
</context>
<context>
    <name>TableItem</name>
    <message>
        <source>Table {0}</source>
        <translation>Table {0}</translation>
    </message>
    <message>
        <source>Unknown status ({0})</source>
        <translation>Statut inconnu ({0})</translation>
    </message>
    <message numerus="yes">
        <source>%n seats</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n guests</source>
        <translation>
            <numerusform>{0} sur %n couvert</numerusform>
            <numerusform>{0} sur %n couverts</numerusform>
        </translation>
    </message>
    <message>
        <source>for {0}</source>
        <comment>time in status</comment>
        <translation>depuis {0}</translation>
    </message>
    <message>
        <source>server {0}</source>
        <translation>serveur {0}</translation>
    </message>
    <message>
        <source>server unknown</source>
        <translation>serveur inconnu</translation>
    </message>
    <message>
        <source>stalled: {0}</source>
        <translation>dépassement : {0}</translation>
    </message>
    <message>
        <source>not confirmed by the server: its last answer for this table could not be read, so this is the last known state</source>
        <translation>non confirmé par le serveur : sa dernière réponse pour cette table était illisible, voici donc le dernier état connu</translation>
    </message>
</context>
<context>
    <name>TableKeys</name>
    <message>
        <source>Control</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Maj</translation>
    </message>
    <message>
        <source>Cmd</source>
        <translation>Cmd</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Méta</translation>
    </message>
    <message>
        <source>Plus</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Minus</source>
        <translation>Moins</translation>
    </message>
    <message>
        <source>Equals</source>
        <translation>Égal</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Retour arrière</translation>
    </message>
</context>
<context>
    <name>TableList</name>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Table columns</source>
        <translation>Colonnes des tables</translation>
    </message>
</context>
<context>
    <name>TableListModel</name>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>no history</source>
        <translation>sans historique</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Free in ~</source>
        <translation>Libre dans ~</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Sorted by {0}, ascending: click to reverse</source>
        <translation>Trié par {0}, croissant : cliquez pour inverser</translation>
    </message>
    <message>
        <source>Sorted by {0}, descending: click to reverse</source>
        <translation>Trié par {0}, décroissant : cliquez pour inverser</translation>
    </message>
    <message>
        <source>Click to sort by {0}</source>
        <translation>Cliquez pour trier par {0}</translation>
    </message>
    <message>
        <source>Unknown ({0})</source>
        <translation>Inconnu ({0})</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Not confirmed by the server: its last answer for this table could not be read, so this is the last known state.</source>
        <translation>Non confirmé par le serveur : sa dernière réponse pour cette table était illisible, voici donc le dernier état connu.</translation>
    </message>
    <message>
        <source>No estimate: too few past turns of parties this size (it takes a few, at about this time of day or any).</source>
        <translation>Pas d’estimation : trop peu de rotations passées pour des groupes de cette taille (il en faut quelques-unes, vers cette heure-ci ou à toute heure).</translation>
    </message>
    <message>
        <source>Likely free ~{0}: {1}</source>
        <translation>Libre ~{0} : {1}</translation>
    </message>
</context>
<context>
    <name>TouchBar</name>
    <message>
        <source>Host stand</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Host stand actions</source>
        <translation>Actions de l’accueil</translation>
    </message>
    <message>
        <source>Next server in the rotation</source>
        <translation>Prochain serveur du tour de rôle</translation>
    </message>
    <message>
        <source>Seat a party</source>
        <translation>Placer un groupe</translation>
    </message>
    <message>
        <source>Where the party at the door sits, and who serves them</source>
        <translation>Où placer le groupe qui attend, et qui le sert</translation>
    </message>
    <message>
        <source>Find table</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Find a table by its number (Ctrl + F)</source>
        <translation>Chercher une table par son numéro (Ctrl + F)</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>The recent changes over the floor (F9); again to hide them</source>
        <translation>Les changements récents dans la salle (F9) ; à nouveau pour les masquer</translation>
    </message>
    <message>
        <source>Free times</source>
        <translation>Prévisions</translation>
    </message>
    <message>
        <source>Show when each seated table is likely free (F8)</source>
        <translation>Afficher quand chaque table occupée sera probablement libre (F8)</translation>
    </message>
    <message>
        <source>Fit floor</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the whole floor to the screen (Ctrl + 0)</source>
        <translation>Ajuster toute la salle à l’écran (Ctrl + 0)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Sign out of this stand (asks first)</source>
        <translation>Se déconnecter de ce poste (demande confirmation)</translation>
    </message>
    <message>
        <source>Leave kiosk</source>
        <translation>Quitter kiosque</translation>
    </message>
    <message>
        <source>Leave kiosk mode or quit (asks first; Ctrl + Shift + Q)</source>
        <translation>Quitter le mode kiosque ou fermer (demande confirmation ; Ctrl + Maj + Q)</translation>
    </message>
</context>
<context>
    <name>TurnMarks</name>
    <message>
        <source>no history</source>
        <translation>sans historique</translation>
    </message>
    <message>
        <source>free ~now</source>
        <translation>bientôt libre</translation>
    </message>
    <message>
        <source>free ~{0}</source>
        <translation>libre ~{0}</translation>
    </message>
</context>
<context>
    <name>Turns</name>
    <message>
        <source>at any time of day</source>
        <translation>à toute heure</translation>
    </message>
    <message>
        <source>seated within {0} of this time of day</source>
        <translation>placés vers cette heure-ci (± {0})</translation>
    </message>
    <message numerus="yes">
        <source>median of %n turns of parties of {0}, {1}</source>
        <translation>
            <numerusform>médiane de %n rotation de groupes de {0}, {1}</numerusform>
            <numerusform>médiane de %n rotations de groupes de {0}, {1}</numerusform>
        </translation>
    </message>
    <message>
        <source>an hour</source>
        <translation>une heure</translation>
    </message>
    <message>
        <source>{0} hours</source>
        <translation>{0} heures</translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message>
        <source>This account</source>
        <translation>Ce compte</translation>
    </message>
    <message>
        <source>{0} may not watch {1} any more. Choose another branch:</source>
        <translation>{0} n’a plus accès à {1}. Choisissez un autre établissement :</translation>
    </message>
    <message>
        <source>Signed out. Sign in to show the floor again.</source>
        <translation>Déconnecté. Connectez-vous pour afficher de nouveau le plan.</translation>
    </message>
</context>
<context>
    <name>WaitingScreen</name>
    <message>
        <source>Waiting for the server</source>
        <translation>En attente du serveur</translation>
    </message>
    <message>
        <source>floorview: waiting for the server</source>
        <translation>floorview : en attente du serveur</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>{0}
The floor shows here as soon as the server answers.</source>
        <translation>{0}
Le plan s’affichera ici dès que le serveur répondra.</translation>
    </message>
    <message>
        <source>Trying now…</source>
        <translation>Essai en cours…</translation>
    </message>
    <message>
        <source>Trying again in {0} s…</source>
        <translation>Nouvel essai dans {0} s…</translation>
    </message>
</context>
<context>
    <name>WallAccessible</name>
    <message>
        <source>All branches</source>
        <translation>Tous les établissements</translation>
    </message>
</context>
<context>
    <name>WallPage</name>
    <message>
        <source>Totals of every branch</source>
        <translation>Totaux de tous les établissements</translation>
    </message>
    <message>
        <source>Tables by status, every branch</source>
        <translation>Tables par statut, tous établissements</translation>
    </message>
    <message>
        <source>Order: by name</source>
        <translation>Ordre : par nom</translation>
    </message>
    <message>
        <source>Order: needs attention</source>
        <translation>Ordre : urgence</translation>
    </message>
    <message>
        <source>Order the branches by what needs attention</source>
        <translation>Classer les établissements par urgence</translation>
    </message>
    <message>
        <source>Order the branches by name</source>
        <translation>Classer les établissements par nom</translation>
    </message>
    <message numerus="yes">
        <source>All branches · %n</source>
        <translation>
            <numerusform>Tous les établissements · %n</numerusform>
            <numerusform>Tous les établissements · %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}/{1} tables occupied · {2} covers · {3} over time</source>
        <translation>{0}/{1} tables occupées · {2} couverts · {3} en dépassement</translation>
    </message>
</context>
<context>
    <name>WallSwitch</name>
    <message>
        <source>All branches</source>
        <translation>Tous les établissements</translation>
    </message>
    <message>
        <source>Every branch you may see, a tile each (Ctrl+Shift+A)</source>
        <translation>Chaque établissement accessible, une vignette chacun (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <source>Back to all branches</source>
        <translation>Retour à tous les établissements</translation>
    </message>
    <message>
        <source>Back to every branch&apos;s tile (Alt+Left)</source>
        <translation>Retour aux vignettes des établissements (Alt+Gauche)</translation>
    </message>
</context>
<context>
    <name>WallTile</name>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>As of {0}</source>
        <translation>Màj à {0}</translation>
    </message>
    <message>
        <source>Offline, as of {0}</source>
        <translation>Hors ligne, màj à {0}</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>6+</source>
        <translation>6+</translation>
    </message>
    <message>
        <source>{0}: {1}; {2} local time; no tables yet.</source>
        <translation>{0} : {1} ; {2} heure locale ; pas encore de tables.</translation>
    </message>
    <message numerus="yes">
        <source>%n of {0} tables occupied</source>
        <translation>
            <numerusform>%n table occupée sur {0}</numerusform>
            <numerusform>%n tables occupées sur {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n covers of {0} seats</source>
        <translation>
            <numerusform>%n couvert sur {0} places</numerusform>
            <numerusform>%n couverts sur {0} places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tables over time</source>
        <translation>
            <numerusform>%n table en dépassement</numerusform>
            <numerusform>%n tables en dépassement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tables cleaning for long</source>
        <translation>
            <numerusform>%n table en nettoyage prolongé</numerusform>
            <numerusform>%n tables en nettoyage prolongé</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing free</source>
        <translation>rien de libre</translation>
    </message>
    <message>
        <source>free now: {0} for 2, {1} for 4, {2} for 6 or more</source>
        <translation>libres maintenant : {0} pour 2, {1} pour 4, {2} pour 6 ou plus</translation>
    </message>
    <message>
        <source>{0}: {1}; {2} local time; {3}.</source>
        <translation>{0} : {1} ; {2} heure locale ; {3}.</translation>
    </message>
    <message>
        <source>Waiting for tables…</source>
        <translation>En attente des tables…</translation>
    </message>
    <message>
        <source>tables</source>
        <translation>tables</translation>
    </message>
    <message>
        <source>covers</source>
        <translation>couverts</translation>
    </message>
    <message numerus="yes">
        <source>%n over time</source>
        <translation>
            <numerusform>%n en dépassement</numerusform>
            <numerusform>%n en dépassement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over</source>
        <translation>
            <numerusform>%n dépass.</numerusform>
            <numerusform>%n dépass.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleaning long</source>
        <translation>
            <numerusform>%n nettoyage long</numerusform>
            <numerusform>%n nettoyages longs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n long</source>
        <translation>
            <numerusform>%n long</numerusform>
            <numerusform>%n longs</numerusform>
        </translation>
    </message>
    <message>
        <source>on time</source>
        <translation>dans les temps</translation>
    </message>
    <message>
        <source>Nothing free</source>
        <translation>Rien de libre</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libres</translation>
    </message>
</context>
<context>
    <name>Watch</name>
    <message>
        <source>{0} state {1}</source>
        <translation>{0} state {1}</translation>
    </message>
    <message>
        <source>(as of {0})</source>
        <translation>(données de {0})</translation>
    </message>
    <message>
        <source>{0} table {1} [{2}] v{3}</source>
        <translation>{0} table {1} [{2}] v{3}</translation>
    </message>
    <message>
        <source>{0} deleted</source>
        <comment>a table</comment>
        <translation>{0} supprimée</translation>
    </message>
    <message>
        <source>[resync]</source>
        <translation>[resynchro]</translation>
    </message>
    <message>
        <source>server {0}</source>
        <translation>serveur {0}</translation>
    </message>
    <message>
        <source>Password for {0}: </source>
        <translation>Mot de passe pour {0} : </translation>
    </message>
    <message>
        <source>give --server URL (or FLOORVIEW_SERVER)</source>
        <translation>indiquez --server URL (ou FLOORVIEW_SERVER)</translation>
    </message>
    <message>
        <source>signing in to {0}</source>
        <translation>connexion à {0}</translation>
    </message>
    <message>
        <source>--all-branches follows every branch: give no --branch and no --journal</source>
        <translation>--all-branches suit tous les établissements : ne donnez ni --branch ni --journal</translation>
    </message>
    <message>
        <source>listing the branches</source>
        <translation>liste des établissements</translation>
    </message>
    <message>
        <source>{0} not written: the branch&apos;s tables were never loaded</source>
        <translation>{0} non écrit : les tables de l’établissement n’ont jamais été chargées</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Follow system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rangs</translation>
    </message>
    <message>
        <source>Likely free times</source>
        <translation>Heures de libération probables</translation>
    </message>
    <message>
        <source>Find table…</source>
        <translation>Chercher une table…</translation>
    </message>
    <message>
        <source>Seat a party…</source>
        <translation>Placer un groupe…</translation>
    </message>
    <message>
        <source>Edit layout</source>
        <translation>Modifier le plan</translation>
    </message>
    <message>
        <source>Add table…</source>
        <translation>Ajouter une table…</translation>
    </message>
    <message>
        <source>Delete table…</source>
        <translation>Supprimer la table…</translation>
    </message>
    <message>
        <source>Number, seats, shape…</source>
        <translation>Numéro, places, forme…</translation>
    </message>
    <message>
        <source>Undo layout edit</source>
        <translation>Annuler la modification du plan</translation>
    </message>
    <message>
        <source>Redo layout edit</source>
        <translation>Rétablir la modification du plan</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Préférences…</translation>
    </message>
    <message>
        <source>Sign out…</source>
        <translation>Se déconnecter…</translation>
    </message>
    <message>
        <source>Switch branch…</source>
        <translation>Changer d’établissement…</translation>
    </message>
    <message>
        <source>Enter kiosk mode</source>
        <translation>Passer en mode kiosque</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>&amp;Tables</source>
        <translation>&amp;Tables</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source>Tab / Shift + Tab</source>
        <translation>Tab / Maj + Tab</translation>
    </message>
    <message>
        <source>Next / previous table</source>
        <translation>Table suivante / précédente</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Flèches</translation>
    </message>
    <message>
        <source>The nearest table that way</source>
        <translation>La table la plus proche dans cette direction</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Open the selected table</source>
        <translation>Ouvrir la table sélectionnée</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Clear the selection; close the find bar</source>
        <translation>Effacer la sélection ; fermer la barre de recherche</translation>
    </message>
    <message>
        <source>Plus / Minus / 0</source>
        <translation>Plus / Moins / 0</translation>
    </message>
    <message>
        <source>Zoom in / out / fit (on the floor)</source>
        <translation>Zoom avant / arrière / ajuster (sur le plan)</translation>
    </message>
    <message>
        <source>Shift + arrow keys</source>
        <translation>Maj + flèches</translation>
    </message>
    <message>
        <source>Scroll the floor</source>
        <translation>Faire défiler le plan</translation>
    </message>
    <message>
        <source>Leave kiosk mode (asks first)</source>
        <translation>Quitter le mode kiosque (demande confirmation)</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>Delete table</source>
        <translation>Supprimer la table</translation>
    </message>
    <message>
        <source>Delete table {0} from the floor plan?</source>
        <translation>Supprimer la table {0} du plan de salle ?</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Sign {0} out of floorview?

The floor stays on screen, no longer updating, until someone signs in again; a kept password is forgotten.</source>
        <translation>Déconnecter {0} de floorview ?

Le plan reste à l’écran, sans mise à jour, jusqu’à la prochaine connexion ; un mot de passe mémorisé est oublié.</translation>
    </message>
</context>
<context>
    <name>WindowStatusBar</name>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>host</source>
        <translation>accueil</translation>
    </message>
    <message>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <source>{0} · {1} · {2}</source>
        <translation>{0} · {1} · {2}</translation>
    </message>
    <message>
        <source>Live · as of {0}</source>
        <translation>En direct · données de {0}</translation>
    </message>
    <message>
        <source>As of {0} — may be out of date</source>
        <translation>Données de {0} — peut-être plus à jour</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>Pas encore synchronisé</translation>
    </message>
</context>
<context>
    <name>ZoneNames</name>
    <message>
        <source>{0} ({1})</source>
        <comment>a place and its UTC offset</comment>
        <translation>{0} ({1})</translation>
    </message>
</context>
</TS>
