<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Backdrop</name>
    <message>
        <source>Not live · as of {0}</source>
        <translation>Sin conexión · datos de las {0}</translation>
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
        <translation>Elige un local</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Signed in as {0}. Which branch&apos;s floor do you want to watch?</source>
        <translation>Sesión iniciada como {0}. ¿De qué local quieres ver la sala?</translation>
    </message>
    <message>
        <source>Which branch&apos;s floor do you want to watch?</source>
        <translation>¿De qué local quieres ver la sala?</translation>
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
        <translation>la aplicación</translation>
    </message>
    <message>
        <source>floorview: {0} is not available in this installation ({1}).</source>
        <translation>floorview: {0} no está disponible en esta instalación ({1}).</translation>
    </message>
</context>
<context>
    <name>ConnState</name>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Sincronizando</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En vivo</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Reconectando</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Inaccesible</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Sin autorización</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Sin acceso</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallo</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Sign in again…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <source>Choose branch…</source>
        <translation>Elegir local…</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Conectando con el servidor…</translation>
    </message>
    <message>
        <source>Syncing tables with the server…</source>
        <translation>Sincronizando mesas con el servidor…</translation>
    </message>
    <message>
        <source>Live — over long-polling (the WebSocket was refused by the server or a proxy)</source>
        <translation>En vivo — por long-polling (el servidor o un proxy rechazó el WebSocket)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En vivo</translation>
    </message>
    <message>
        <source>No answer from the server since {0}</source>
        <translation>Sin respuesta del servidor desde las {0}</translation>
    </message>
    <message>
        <source>{0} — reconnecting (attempt {1}). The floor may be out of date.</source>
        <translation>{0} — reconectando (intento {1}). El plano puede no estar al día.</translation>
    </message>
    <message>
        <source>{0} — reconnecting. The floor may be out of date.</source>
        <translation>{0} — reconectando. El plano puede no estar al día.</translation>
    </message>
    <message>
        <source>Connection lost — reconnecting since {0} (attempt {1}). The floor may be out of date.</source>
        <translation>Conexión perdida — reconectando desde las {0} (intento {1}). El plano puede no estar al día.</translation>
    </message>
    <message>
        <source>Connection lost — reconnecting since {0}. The floor may be out of date.</source>
        <translation>Conexión perdida — reconectando desde las {0}. El plano puede no estar al día.</translation>
    </message>
    <message>
        <source>Signed out. The floor is not updating until someone signs in.</source>
        <translation>Sesión cerrada. El plano no se actualiza hasta que alguien inicie sesión.</translation>
    </message>
    <message>
        <source>Signed out — the server no longer accepts this sign-in. The floor is not updating.</source>
        <translation>Sesión cerrada — el servidor ya no acepta este inicio de sesión. El plano no se actualiza.</translation>
    </message>
    <message>
        <source>This account may not watch this branch. The floor is not updating.</source>
        <translation>Esta cuenta no tiene acceso a este local. El plano no se actualiza.</translation>
    </message>
    <message>
        <source>{0}{1} — still trying. The floor may be out of date.</source>
        <translation>{0}{1} — seguimos intentándolo. El plano puede no estar al día.</translation>
    </message>
    <message>
        <source>Server unreachable since {0}{1} — still trying. The floor may be out of date.</source>
        <translation>Servidor inaccesible desde las {0}{1} — seguimos intentándolo. El plano puede no estar al día.</translation>
    </message>
    <message>
        <source>Connection failed: {0}. The floor is not updating.</source>
        <translation>Fallo de conexión: {0}. El plano no se actualiza.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>Connection state unknown ({0}). The floor may be out of date.</source>
        <translation>Estado de conexión desconocido ({0}). El plano puede no estar al día.</translation>
    </message>
</context>
<context>
    <name>DemoSupervisor</name>
    <message>
        <source>The demo server stopped</source>
        <translation>El servidor de demostración se ha detenido</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <source>adding table {0}</source>
        <translation>la creación de la mesa {0}</translation>
    </message>
    <message>
        <source>deleting table {0}</source>
        <translation>la eliminación de la mesa {0}</translation>
    </message>
    <message>
        <source>the change of table {0}</source>
        <translation>el cambio de la mesa {0}</translation>
    </message>
    <message>
        <source>the resize of table {0}</source>
        <translation>el cambio de tamaño de la mesa {0}</translation>
    </message>
    <message>
        <source>the turn of table {0}</source>
        <translation>el giro de la mesa {0}</translation>
    </message>
    <message>
        <source>the move of table {0}</source>
        <translation>el movimiento de la mesa {0}</translation>
    </message>
    <message>
        <source>The table</source>
        <translation>la mesa</translation>
    </message>
    <message>
        <source>Table {0}</source>
        <translation>la mesa {0}</translation>
    </message>
    <message>
        <source>{0} failed: {1}</source>
        <translation>Error al {0}: {1}</translation>
    </message>
    <message>
        <source>The next undo or redo was not sent: the one before it was refused. Press it again if it is still needed.</source>
        <translation>No se envió el siguiente deshacer o rehacer: el anterior fue rechazado. Vuelve a pulsarlo si aún hace falta.</translation>
    </message>
    <message>
        <source>That table was deleted meanwhile.</source>
        <translation>Esa mesa se eliminó mientras tanto.</translation>
    </message>
    <message>
        <source>{0} was changed by someone else while you edited it; it has been reloaded with their change. Make your change again if it is still needed.</source>
        <translation>Otra persona cambió {0} mientras la editabas; se ha recargado con su cambio. Vuelve a hacer tu cambio si aún hace falta.</translation>
    </message>
    <message>
        <source>Saving {0}</source>
        <translation>guardar {0}</translation>
    </message>
    <message>
        <source>{0} saved.</source>
        <translation>Se guardó {0}.</translation>
    </message>
    <message>
        <source>Changing the status of {0}</source>
        <translation>cambiar el estado de {0}</translation>
    </message>
    <message>
        <source>Assigning a server to {0}</source>
        <translation>asignar camarero a {0}</translation>
    </message>
    <message>
        <source>Adding table {0}</source>
        <translation>añadir la mesa {0}</translation>
    </message>
    <message>
        <source>Table {0} added.</source>
        <translation>Mesa {0} añadida.</translation>
    </message>
    <message>
        <source>Deleting {0}</source>
        <translation>eliminar {0}</translation>
    </message>
    <message>
        <source>{0} deleted.</source>
        <translation>Se eliminó {0}.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nada que deshacer.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Nada que rehacer.</translation>
    </message>
    <message>
        <source>Undo of {0}</source>
        <translation>deshacer {0}</translation>
    </message>
    <message>
        <source>Redo of {0}</source>
        <translation>rehacer {0}</translation>
    </message>
    <message>
        <source>{0} not possible: the table is no longer on the floor plan. Nothing was changed.</source>
        <translation>No se puede {0}: la mesa ya no está en el plano. No se cambió nada.</translation>
    </message>
    <message>
        <source>{0} not sent: {1}. Nothing was changed; press {2} again once the floor is live.</source>
        <translation>No se pudo {0}: {1}. No se cambió nada; pulsa {2} otra vez cuando el plano esté en vivo.</translation>
    </message>
    <message>
        <source>{0}: the table is back, but {1}</source>
        <translation>Al {0}, la mesa ha vuelto, pero {1}</translation>
    </message>
    <message>
        <source>Undo: table {0} is back as it was: {1}.</source>
        <translation>Deshecho: la mesa {0} ha vuelto como estaba: {1}.</translation>
    </message>
    <message>
        <source>Redo: table {0} is back as it was: {1}.</source>
        <translation>Rehecho: la mesa {0} ha vuelto como estaba: {1}.</translation>
    </message>
    <message>
        <source>Undo: table {0} is back.</source>
        <translation>Deshecho: la mesa {0} ha vuelto.</translation>
    </message>
    <message>
        <source>Redo: table {0} is back.</source>
        <translation>Rehecho: la mesa {0} ha vuelto.</translation>
    </message>
    <message>
        <source>Undo: {0}.</source>
        <translation>Deshecho: {0}.</translation>
    </message>
    <message>
        <source>Redo: {0}.</source>
        <translation>Rehecho: {0}.</translation>
    </message>
    <message>
        <source>its status “{0}” is not one this app can set</source>
        <translation>su estado «{0}» no se puede poner desde esta aplicación</translation>
    </message>
    <message>
        <source>its status ({0}) could not be set again: {1}</source>
        <translation>no se pudo volver a poner su estado ({0}): {1}</translation>
    </message>
    <message>
        <source>its server could not be set again: {0}</source>
        <translation>no se pudo volver a asignar su camarero: {0}</translation>
    </message>
    <message>
        <source>{0}. Set it from the table&apos;s menu.</source>
        <translation>{0}. Cámbialo desde el menú de la mesa.</translation>
    </message>
    <message>
        <source>someone else changed the table meanwhile</source>
        <translation>otra persona cambió la mesa mientras tanto</translation>
    </message>
    <message numerus="yes">
        <source>%n guests</source>
        <translation>
            <numerusform>%n comensal</numerusform>
            <numerusform>%n comensales</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} refused: someone else changed that table since. Nothing was changed; the floor shows their version.</source>
        <translation>No se pudo {0}: otra persona cambió esa mesa entretanto. No se cambió nada; el plano muestra su versión.</translation>
    </message>
</context>
<context>
    <name>EditMode</name>
    <message>
        <source>Edit mode: drag to move; handles rotate and resize; {0} deletes; {1} undoes, {2} redoes.</source>
        <translation>Modo edición: arrastra para mover; los tiradores giran y cambian el tamaño; {0} elimina; {1} deshace, {2} rehace.</translation>
    </message>
    <message>
        <source>Edit mode off.</source>
        <translation>Modo edición desactivado.</translation>
    </message>
    <message>
        <source>Add table</source>
        <translation>Añadir mesa</translation>
    </message>
    <message>
        <source>There is no free space left on this floor for another table.</source>
        <translation>No queda espacio libre en esta sala para otra mesa.</translation>
    </message>
    <message>
        <source>Table {0}</source>
        <translation>Mesa {0}</translation>
    </message>
</context>
<context>
    <name>Exits</name>
    <message>
        <source>bad credentials (the server said: {0}).</source>
        <translation>credenciales incorrectas (el servidor dijo: {0}).</translation>
    </message>
    <message>
        <source>bad credentials.</source>
        <translation>credenciales incorrectas.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find table by number — Enter to show, Esc to close</source>
        <translation>Buscar mesa por número — Intro para mostrar, Esc para cerrar</translation>
    </message>
    <message>
        <source>Find table:</source>
        <translation>Buscar mesa:</translation>
    </message>
    <message>
        <source>No table numbered “{0}” in this branch.</source>
        <translation>No hay ninguna mesa «{0}» en este local.</translation>
    </message>
    <message>
        <source>Table {0}: {1}, {2}</source>
        <translation>Mesa {0}: {1}, {2}</translation>
    </message>
</context>
<context>
    <name>FloorAccessible</name>
    <message>
        <source>Floor plan {0}</source>
        <translation>Plano de sala {0}</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>Plano de sala</translation>
    </message>
    <message>
        <source>Table {0}</source>
        <translation>Mesa {0}</translation>
    </message>
</context>
<context>
    <name>FloorTabs</name>
    <message>
        <source>Floors</source>
        <translation>Salas</translation>
    </message>
</context>
<context>
    <name>FloorviewApp</name>
    <message>
        <source>The demo server did not start</source>
        <translation>El servidor de demostración no arrancó</translation>
    </message>
    <message>
        <source>Cannot write the paint log</source>
        <translation>No se puede escribir el registro de pintado</translation>
    </message>
    <message>
        <source>Changes and turns (F9)</source>
        <translation>Cambios y rotaciones (F9)</translation>
    </message>
    <message>
        <source>Recent changes and likely free</source>
        <translation>Cambios recientes y previsión</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>{0}%</source>
        <comment>a percentage</comment>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>a short day; Qt&apos;s date pattern</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>{0}m</source>
        <comment>minutes, short</comment>
        <translation>{0}m</translation>
    </message>
    <message>
        <source>{0}h {1}m</source>
        <comment>hours and minutes, short</comment>
        <translation>{0}h {1}m</translation>
    </message>
</context>
<context>
    <name>GroupConnection</name>
    <message numerus="yes">
        <source>Joining %n branches and loading their tables…</source>
        <translation>
            <numerusform>Entrando en %n local y cargando sus mesas…</numerusform>
            <numerusform>Entrando en %n locales y cargando sus mesas…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>{0}: occupied share per table</source>
        <translation>{0}: tiempo ocupada de cada mesa</translation>
    </message>
    <message>
        <source>{0} of the service occupied</source>
        <translation>{0} del servicio ocupada</translation>
    </message>
</context>
<context>
    <name>JournalFile</name>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>el archivo está dañado</translation>
    </message>
    <message>
        <source>no permission to write in {0}</source>
        <translation>sin permiso para escribir en {0}</translation>
    </message>
    <message>
        <source>no permission to write it</source>
        <translation>sin permiso para escribirlo</translation>
    </message>
    <message>
        <source>another floorview is recording this branch&apos;s journal: this one records nothing</source>
        <translation>otro floorview ya registra este local: este no registra nada</translation>
    </message>
    <message>
        <source>it could not be written ({0})</source>
        <translation>no se pudo escribir ({0})</translation>
    </message>
    <message>
        <source>it could not be written</source>
        <translation>no se pudo escribir</translation>
    </message>
</context>
<context>
    <name>JournalStatus</name>
    <message>
        <source>Journal</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>The journal file was damaged: it was moved aside as {name} and a new one started.</source>
        <translation>El archivo del registro estaba dañado: se ha apartado como {name} y se ha empezado uno nuevo.</translation>
    </message>
    <message>
        <source>Journal off: another floorview is recording this branch&apos;s journal: this one records nothing</source>
        <translation>Registro desactivado: otro floorview ya registra este local; este no registra nada</translation>
    </message>
    <message>
        <source>Journal paused: {why} — {kept}, {when}{lost}</source>
        <translation>Registro en pausa: {why} — {kept} {when}{lost}</translation>
    </message>
    <message>
        <source>written when there is room</source>
        <translation>hasta que haya espacio</translation>
    </message>
    <message>
        <source>written as soon as it can be</source>
        <translation>hasta que se pueda escribir</translation>
    </message>
    <message>
        <source>1 kept change written</source>
        <translation>1 cambio en espera escrito</translation>
    </message>
    <message>
        <source>{n} kept changes written</source>
        <translation>{n} cambios en espera escritos</translation>
    </message>
    <message>
        <source>Journal recording again: {written}{lost}</source>
        <translation>Registro activo de nuevo: {written}{lost}</translation>
    </message>
    <message>
        <source>Journal recording again{lost}</source>
        <translation>Registro activo de nuevo{lost}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>no permission to write its folder</source>
        <translation>sin permiso para escribir en su carpeta</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>el archivo está dañado</translation>
    </message>
    <message>
        <source>it could not be written</source>
        <translation>no se pudo escribir</translation>
    </message>
    <message>
        <source>1 change kept</source>
        <translation>1 cambio en espera</translation>
    </message>
    <message>
        <source>{n} changes kept</source>
        <translation>{n} cambios en espera</translation>
    </message>
    <message>
        <source> (1 older change could not be kept)</source>
        <translation> (1 cambio anterior no se pudo guardar)</translation>
    </message>
    <message>
        <source> ({n} older changes could not be kept)</source>
        <translation> ({n} cambios anteriores no se pudieron guardar)</translation>
    </message>
</context>
<context>
    <name>KioskMode</name>
    <message>
        <source>The Leave kiosk button</source>
        <translation>el botón Salir del quiosco</translation>
    </message>
    <message>
        <source>Leave kiosk mode?</source>
        <translation>¿Salir del modo quiosco?</translation>
    </message>
    <message>
        <source>Leave kiosk mode on this screen?

“Leave kiosk mode” keeps the floor in a normal window (with menus), also when floorview starts next; “Quit floorview” closes it and the floor stops updating here. ({0} asked this.)</source>
        <translation>¿Salir del modo quiosco en esta pantalla?

«Salir del quiosco» deja el plano en una ventana normal (con menús), también la próxima vez que se abra floorview; «Cerrar floorview» lo cierra y el plano deja de actualizarse aquí. (Pedido con {0}.)</translation>
    </message>
    <message>
        <source>Leave kiosk mode</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Quedarse</translation>
    </message>
    <message>
        <source>Quit floorview</source>
        <translation>Cerrar floorview</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Status legend</source>
        <translation>Leyenda de estados</translation>
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
        <translation>Falló la conexión en vivo: {0}</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>signing in again failed: {0}</source>
        <translation>falló el nuevo inicio de sesión: {0}</translation>
    </message>
    <message>
        <source>You may not see this branch (the server said: {0}).</source>
        <translation>No tienes acceso a este local (el servidor dijo: {0}).</translation>
    </message>
    <message>
        <source>The server is limiting this client: {0}.</source>
        <translation>El servidor está limitando este cliente: {0}.</translation>
    </message>
    <message>
        <source>The server reported an error: {0}.</source>
        <translation>El servidor informó de un error: {0}.</translation>
    </message>
    <message>
        <source>Joining the branch and loading its tables…</source>
        <translation>Entrando en el local y cargando sus mesas…</translation>
    </message>
</context>
<context>
    <name>LiveErrors</name>
    <message>
        <source>the server&apos;s TLS certificate is not trusted (a private CA needs --ca-bundle)</source>
        <translation>el certificado TLS del servidor no es de confianza (una CA privada necesita --ca-bundle)</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sin respuesta a tiempo</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to floorview</source>
        <translation>Iniciar sesión en floorview</translation>
    </message>
    <message>
        <source>https://floor.example.com</source>
        <translation>https://sala.ejemplo.com</translation>
    </message>
    <message>
        <source>you@restaurant.com</source>
        <translation>tu@restaurante.com</translation>
    </message>
    <message>
        <source>Keep me signed in on this device</source>
        <translation>Mantener la sesión iniciada en este dispositivo</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo</translation>
    </message>
    <message>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <source>Please enter your {0}.</source>
        <translation>Falta rellenar: {0}.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>{0}
Trying again in {1} s…</source>
        <translation>{0}
Reintentando en {1} s…</translation>
    </message>
</context>
<context>
    <name>LongPolling</name>
    <message numerus="yes">
        <source>Over long-polling: WebSocket was refused ({0}); WebSocket is tried again every %n min.</source>
        <translation>
            <numerusform>Por long-polling: se rechazó el WebSocket ({0}); se vuelve a probar cada %n min.</numerusform>
            <numerusform>Por long-polling: se rechazó el WebSocket ({0}); se vuelve a probar cada %n min.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>as of {0}</source>
        <translation>datos de las {0}</translation>
    </message>
    <message>
        <source>not synced</source>
        <translation>sin sincronizar</translation>
    </message>
    <message>
        <source>{0} — floorview</source>
        <translation>{0} — floorview</translation>
    </message>
    <message>
        <source>To leave the floor monitor, press {0}.</source>
        <translation>Para salir del monitor de sala, pulsa {0}.</translation>
    </message>
</context>
<context>
    <name>NumberPad</name>
    <message>
        <source>Find a table by number</source>
        <translation>Buscar una mesa por número</translation>
    </message>
    <message>
        <source>Find table</source>
        <translation>Buscar mesa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the number pad (Esc)</source>
        <translation>Cerrar el teclado numérico (Esc)</translation>
    </message>
    <message>
        <source>Table number typed</source>
        <translation>Número de mesa tecleado</translation>
    </message>
    <message>
        <source>Which table Show finds</source>
        <translation>La mesa que encontrará Mostrar</translation>
    </message>
    <message>
        <source>Delete the last character (Backspace)</source>
        <translation>Borrar el último carácter (Retroceso)</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>Borrar el último carácter</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show this table on the floor (Enter)</source>
        <translation>Mostrar esta mesa en el plano (Intro)</translation>
    </message>
    <message>
        <source>Type {digit}</source>
        <translation>Teclear {digit}</translation>
    </message>
    <message>
        <source>Numbers that begin with {prefix}</source>
        <translation>Números que empiezan por {prefix}</translation>
    </message>
    <message>
        <source>No table numbered {number} here.</source>
        <translation>Aquí no hay ninguna mesa {number}.</translation>
    </message>
    <message>
        <source>Type a table&apos;s number, then Show.</source>
        <translation>Teclea el número de una mesa y pulsa Mostrar.</translation>
    </message>
    <message>
        <source>Show: table {number} · {status}, {seats}</source>
        <translation>Mostrar: mesa {number} · {status}, {seats}</translation>
    </message>
</context>
<context>
    <name>PageButtons</name>
    <message>
        <source>Floor to the left</source>
        <translation>Sala a la izquierda</translation>
    </message>
    <message>
        <source>Floor to the right</source>
        <translation>Sala a la derecha</translation>
    </message>
    <message>
        <source>Floor above</source>
        <translation>Sala de arriba</translation>
    </message>
    <message>
        <source>Floor below</source>
        <translation>Sala de abajo</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> turns</source>
        <translation> rotaciones</translation>
    </message>
    <message>
        <source>Likely free next: the median of the last this many turns of parties that size at about that time of day.</source>
        <translation>Previsión de mesas libres: la mediana de este número de rotaciones recientes de grupos de ese tamaño, a esa hora del día más o menos.</translation>
    </message>
    <message>
        <source>Who Seat a party offers next</source>
        <translation>A quién propone Sentar grupo</translation>
    </message>
    <message>
        <source>Rotation, skipping anyone well ahead on covers</source>
        <translation>Rotación, saltando a quien vaya muy por delante en comensales</translation>
    </message>
    <message>
        <source>Strict rotation</source>
        <translation>Rotación estricta</translation>
    </message>
    <message>
        <source>Fewest covers</source>
        <translation>Menos comensales</translation>
    </message>
    <message>
        <source>Rotation: the server whose last party is longest ago, skipping anyone well ahead on covers for the seats they hold. Strict rotation: no skipping. Fewest covers: the fewest covers per seat held first.</source>
        <translation>Rotación: el camarero cuyo último grupo sea el más antiguo, saltando a quien vaya muy por delante en comensales para las plazas que lleva. Rotación estricta: sin saltos. Menos comensales: primero quien tenga menos comensales por plaza.</translation>
    </message>
    <message>
        <source>Sound when a table goes past red</source>
        <translation>Aviso sonoro cuando una mesa pasa del rojo</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Takes effect the next time floorview starts.</source>
        <translation>Se aplica la próxima vez que se abra floorview.</translation>
    </message>
    <message>
        <source>A seated table&apos;s time turns amber, then red, after:</source>
        <translation>El tiempo de una mesa ocupada pasa a ámbar y luego a rojo:</translation>
    </message>
    <message>
        <source>Amber after</source>
        <translation>Ámbar a los</translation>
    </message>
    <message>
        <source>Red after</source>
        <translation>Rojo a los</translation>
    </message>
    <message>
        <source>Likely free from</source>
        <translation>Previsión con</translation>
    </message>
    <message>
        <source>Next server</source>
        <translation>Siguiente camarero</translation>
    </message>
    <message>
        <source>A new language takes effect the next time floorview starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se abra floorview.</translation>
    </message>
</context>
<context>
    <name>QuoteSection</name>
    <message>
        <source>Quotes</source>
        <translation>Esperas anunciadas</translation>
    </message>
    <message>
        <source>No quote was given: every party asked about had a table free, or no time could be said.</source>
        <translation>No se anunció ninguna espera: cada grupo que preguntó tenía mesa libre, o no se pudo dar una hora.</translation>
    </message>
    <message numerus="yes">
        <source>%n seated</source>
        <translation>
            <numerusform>%n sentado</numerusform>
            <numerusform>%n sentados</numerusform>
        </translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>seated vs quoted</source>
        <translation>sentados vs. anunciado</translation>
    </message>
    <message>
        <source>Worst early</source>
        <translation>Peor antes</translation>
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
        <translation>sentados antes de lo dicho</translation>
    </message>
    <message>
        <source>Worst late</source>
        <translation>Peor tarde</translation>
    </message>
    <message>
        <source>seated later than told</source>
        <translation>sentados más tarde de lo dicho</translation>
    </message>
    <message numerus="yes">
        <source>Within %n min</source>
        <translation>
            <numerusform>Con %n min de margen</numerusform>
            <numerusform>Con %n min de margen</numerusform>
        </translation>
    </message>
    <message>
        <source>of the quotes seated</source>
        <translation>de las esperas sentadas</translation>
    </message>
    <message>
        <source>Each time nothing seated a party now, the time the app gave for the table likely free first, against when that table (or one of the joined tables) was next seated.</source>
        <translation>Cada vez que no se pudo sentar a un grupo en el momento: la hora que dio la aplicación para la mesa que probablemente quedaba libre antes, frente a cuándo se volvió a sentar esa mesa (o una de las mesas unidas).</translation>
    </message>
    <message numerus="yes">
        <source>%n quotes never saw their table seated again before the journal ended: not in the figures.</source>
        <translation>
            <numerusform>%n espera anunciada no vio su mesa ocupada otra vez antes del final del registro: no está en las cifras.</numerusform>
            <numerusform>%n esperas anunciadas no vieron su mesa ocupada otra vez antes del final del registro: no están en las cifras.</numerusform>
        </translation>
    </message>
    <message>
        <source>each quote, early to late</source>
        <translation>cada espera, de antes a tarde</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Mesa</translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation>Anunciado</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <source>Off by</source>
        <translation>Desvío</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <source>on time</source>
        <translation>a tiempo</translation>
    </message>
    <message numerus="yes">
        <source>%n min late</source>
        <translation>
            <numerusform>%n min tarde</numerusform>
            <numerusform>%n min tarde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min early</source>
        <translation>
            <numerusform>%n min antes</numerusform>
            <numerusform>%n min antes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentChangesPanel</name>
    <message>
        <source>&lt;b&gt;Recent changes&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;newest first&lt;/span&gt;</source>
        <translation>&lt;b&gt;Cambios recientes&lt;/b&gt; &lt;span style=&apos;color:gray&apos;&gt;los más recientes primero&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Likely free next&lt;/b&gt;</source>
        <translation>&lt;b&gt;Próximas libres&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Table {0}</source>
        <translation>Mesa {0}</translation>
    </message>
    <message>
        <source>{0} removed</source>
        <translation>{0} eliminada</translation>
    </message>
    <message>
        <source>{0} added</source>
        <translation>{0} añadida</translation>
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
        <translation>{0} comensales {1} → {2}</translation>
    </message>
    <message>
        <source>{0} unassigned</source>
        <translation>{0} sin camarero</translation>
    </message>
    <message>
        <source>{0} assigned to another server</source>
        <translation>{0} asignada a otro camarero</translation>
    </message>
    <message>
        <source>{0} assigned to {1}</source>
        <translation>{0} asignada a {1}</translation>
    </message>
    <message>
        <source>{0} moved</source>
        <translation>{0} movida</translation>
    </message>
    <message>
        <source>{0}  (while offline)</source>
        <translation>{0}  (sin conexión)</translation>
    </message>
    <message>
        <source>{0}  {1} {2}</source>
        <translation>{0}  {1} {2}</translation>
    </message>
    <message>
        <source>any minute now</source>
        <translation>en breve</translation>
    </message>
    <message>
        <source>in {0} min</source>
        <translation>en {0} min</translation>
    </message>
    <message numerus="yes">
        <source>{0}  ~{1} ({2}) · median of %n turns</source>
        <translation>
            <numerusform>{0}  ~{1} ({2}) · mediana de %n rotación</numerusform>
            <numerusform>{0}  ~{1} ({2}) · mediana de %n rotaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>No table is occupied.</source>
        <translation>Ninguna mesa ocupada.</translation>
    </message>
    <message numerus="yes">
        <source>No estimate for %n tables yet: it takes {0} past turns of parties that size.</source>
        <translation>
            <numerusform>Aún no hay previsión para %n mesa: hacen falta {0} rotaciones anteriores de grupos de ese tamaño.</numerusform>
            <numerusform>Aún no hay previsión para %n mesas: hacen falta {0} rotaciones anteriores de grupos de ese tamaño.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecentOverlay</name>
    <message>
        <source>Recent changes</source>
        <translation>Cambios recientes</translation>
    </message>
    <message>
        <source>newest first · F9 or a tap closes</source>
        <translation>los más recientes primero · F9 o un toque para cerrar</translation>
    </message>
    <message>
        <source>&lt;i&gt;No changes yet since this screen started.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aún no hay cambios desde que se abrió esta pantalla.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message numerus="yes">
        <source>; %n older changes could not be kept</source>
        <translation>
            <numerusform>; no se pudo guardar %n cambio más antiguo</numerusform>
            <numerusform>; no se pudieron guardar %n cambios más antiguos</numerusform>
        </translation>
    </message>
    <message>
        <source>journal: the file was damaged; moved aside as {0}, a new one started</source>
        <translation>registro: el archivo estaba dañado; se ha apartado como {0} y se ha empezado uno nuevo</translation>
    </message>
    <message>
        <source>journal off: {0}</source>
        <translation>registro desactivado: {0}</translation>
    </message>
    <message numerus="yes">
        <source>journal paused: {0} — %n changes kept, written when there is room{1}</source>
        <translation>
            <numerusform>registro en pausa: {0} — %n cambio guardado, se escribirá cuando haya espacio{1}</numerusform>
            <numerusform>registro en pausa: {0} — %n cambios guardados, se escribirán cuando haya espacio{1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>journal paused: {0} — %n changes kept, written as soon as it can{1}</source>
        <translation>
            <numerusform>registro en pausa: {0} — %n cambio guardado, se escribirá en cuanto se pueda{1}</numerusform>
            <numerusform>registro en pausa: {0} — %n cambios guardados, se escribirán en cuanto se pueda{1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>journal recording again: %n kept changes written{0}</source>
        <translation>
            <numerusform>registro activo de nuevo: %n cambio guardado escrito{0}</numerusform>
            <numerusform>registro activo de nuevo: %n cambios guardados escritos{0}</numerusform>
        </translation>
    </message>
    <message>
        <source>journal recording again{0}</source>
        <translation>registro activo de nuevo{0}</translation>
    </message>
    <message>
        <source>journal recording{0}</source>
        <translation>registrando{0}</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>{0}

floorview carries on; if something looks wrong, sign in again or restart it.

The details are in {1}</source>
        <translation>{0}

floorview sigue funcionando; si algo no cuadra, vuelve a iniciar sesión o reinícialo.

Los detalles están en {1}</translation>
    </message>
    <message>
        <source>{0}

floorview carries on; if something looks wrong, sign in again or restart it.</source>
        <translation>{0}

floorview sigue funcionando; si algo no cuadra, vuelve a iniciar sesión o reinícialo.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <source>Recovered from an error: the floor was reloaded.</source>
        <translation>Recuperado de un error: se ha recargado el plano.</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <source>not a number: {0!r}</source>
        <translation>no es un número: {0!r}</translation>
    </message>
    <message>
        <source>choose a speed above 0 (at most 100000)</source>
        <translation>elige una velocidad mayor que 0 (como mucho 100000)</translation>
    </message>
    <message>
        <source>floorview replay: cannot write frames in {0}: {1}</source>
        <translation>floorview replay: no se pueden escribir fotogramas en {0}: {1}</translation>
    </message>
    <message>
        <source>floorview replay: could not write {0}</source>
        <translation>floorview replay: no se pudo escribir {0}</translation>
    </message>
    <message numerus="yes">
        <source>{0}: {1}, %n floor plans</source>
        <translation>
            <numerusform>{0}: {1}, %n plano</numerusform>
            <numerusform>{0}: {1}, %n planos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frames</source>
        <translation>
            <numerusform>%n fotograma</numerusform>
            <numerusform>%n fotogramas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplayWindow</name>
    <message>
        <source>Replay</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Replay · {0} — floorview</source>
        <translation>Repetición · {0} — floorview</translation>
    </message>
    <message>
        <source>Replay · {0} · {1}  {2}</source>
        <translation>Repetición · {0} · {1}  {2}</translation>
    </message>
    <message>
        <source>  ·  paused</source>
        <translation>  ·  en pausa</translation>
    </message>
    <message>
        <source>  ·  the screen was offline then (as of {0})</source>
        <translation>  ·  la pantalla estaba sin conexión (datos de las {0})</translation>
    </message>
    <message>
        <source>  ·  the screen was offline then</source>
        <translation>  ·  la pantalla estaba sin conexión</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>not a date (YYYY-MM-DD): {0!r}</source>
        <translation>no es una fecha (AAAA-MM-DD): {0!r}</translation>
    </message>
    <message>
        <source>{0}: no journal at {1}</source>
        <translation>{0}: no hay registro en {1}</translation>
    </message>
    <message>
        <source>{0}: give a JOURNAL file, --date or --demo (no journals in {1} yet)</source>
        <translation>{0}: indica un archivo JOURNAL, --date o --demo (aún no hay registros en {1})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>{0}: no journal for {1} in {2} (latest: {3})</source>
        <translation>{0}: no hay registro de {1} en {2} (el último: {3})</translation>
    </message>
    <message>
        <source>{0}: journals of several branches for {1}; choose one with --branch: {2}</source>
        <translation>{0}: registros de varios locales para {1}; elige uno con --branch: {2}</translation>
    </message>
    <message>
        <source>floorview report: no folder {0} to write {1} in</source>
        <translation>floorview report: no existe la carpeta {0} para escribir {1}</translation>
    </message>
    <message>
        <source>floorview report: could not write {0}: {1}</source>
        <translation>floorview report: no se pudo escribir {0}: {1}</translation>
    </message>
    <message>
        <source>{0}: {1}, {2}, {3}, {4}; journal {5} KiB, built in {6} s</source>
        <translation>{0}: {1}, {2}, {3}, {4}; registro de {5} KiB, generado en {6} s</translation>
    </message>
    <message numerus="yes">
        <source>%n parties</source>
        <translation>
            <numerusform>%n grupo</numerusform>
            <numerusform>%n grupos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n covers</source>
        <translation>
            <numerusform>%n comensal</numerusform>
            <numerusform>%n comensales</numerusform>
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
        <translation>Local desconocido</translation>
    </message>
    <message numerus="yes">
        <source>The screen lost its connection %n times (first at {0});</source>
        <translation>
            <numerusform>La pantalla perdió la conexión %n vez (a las {0});</numerusform>
            <numerusform>La pantalla perdió la conexión %n veces (la primera a las {0});</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes made meanwhile were recovered when it came back and are counted at the time they happened.</source>
        <translation>
            <numerusform>%n cambio hecho entretanto se recuperó al volver y cuenta a la hora en que ocurrió.</numerusform>
            <numerusform>%n cambios hechos entretanto se recuperaron al volver y cuentan a la hora en que ocurrieron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes were recovered on a resync.</source>
        <translation>
            <numerusform>%n cambio se recuperó al resincronizar.</numerusform>
            <numerusform>%n cambios se recuperaron al resincronizar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Comensales</translation>
    </message>
    <message>
        <source>Median turn</source>
        <translation>Rotación mediana</translation>
    </message>
    <message>
        <source>middle half {0}–{1}</source>
        <translation>mitad central {0}–{1}</translation>
    </message>
    <message>
        <source>no turns</source>
        <translation>sin rotaciones</translation>
    </message>
    <message>
        <source>Busiest hour</source>
        <translation>Hora punta</translation>
    </message>
    <message numerus="yes">
        <source>%n covers seated</source>
        <translation>
            <numerusform>%n comensal sentado</numerusform>
            <numerusform>%n comensales sentados</numerusform>
        </translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Limpieza</translation>
    </message>
    <message numerus="yes">
        <source>median of %n resets</source>
        <translation>
            <numerusform>mediana de %n montaje</numerusform>
            <numerusform>mediana de %n montajes</numerusform>
        </translation>
    </message>
    <message>
        <source>no resets</source>
        <translation>sin montajes</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Tiempo excedido</translation>
    </message>
    <message numerus="yes">
        <source>turns over %n min</source>
        <translation>
            <numerusform>rotaciones de más de %n min</numerusform>
            <numerusform>rotaciones de más de %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>times on the branch&apos;s clock ({0})</source>
        <translation>horas del local ({0})</translation>
    </message>
    <message>
        <source>times on the branch&apos;s clock</source>
        <translation>horas del local</translation>
    </message>
    <message>
        <source>service {0}–{1}</source>
        <translation>servicio {0}–{1}</translation>
    </message>
    <message>
        <source>Covers per hour</source>
        <translation>Comensales por hora</translation>
    </message>
    <message>
        <source>covers per hour</source>
        <translation>comensales por hora</translation>
    </message>
    <message>
        <source>How full each table was</source>
        <translation>Ocupación de cada mesa</translation>
    </message>
    <message>
        <source>Share of the service ({0}–{1}) each table was occupied.</source>
        <translation>Parte del servicio ({0}–{1}) que cada mesa estuvo ocupada.</translation>
    </message>
    <message>
        <source>Turn times</source>
        <translation>Tiempos de rotación</translation>
    </message>
    <message>
        <source>Seated → cleared: median, with the middle half of the parties in brackets and drawn as the bar.</source>
        <translation>De sentados a mesa libre: mediana, con la mitad central de los grupos entre corchetes y dibujada como barra.</translation>
    </message>
    <message>
        <source>{0} guests</source>
        <comment>a party size band</comment>
        <translation>{0} comensales</translation>
    </message>
    <message>
        <source>By party size</source>
        <translation>Por tamaño de grupo</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>By server</source>
        <translation>Por camarero</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Camarero</translation>
    </message>
    <message>
        <source>By table</source>
        <translation>Por mesa</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Mesa</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Camareros</translation>
    </message>
    <message numerus="yes">
        <source>How long tables stood in cleaning before they were set again: {0} over %n resets.</source>
        <translation>
            <numerusform>Tiempo que las mesas estuvieron en limpieza antes de volver a montarse: {0} en %n montaje.</numerusform>
            <numerusform>Tiempo que las mesas estuvieron en limpieza antes de volver a montarse: {0} en %n montajes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Longest in cleaning</source>
        <translation>Más tiempo en limpieza</translation>
    </message>
    <message>
        <source>Longest waits</source>
        <translation>Esperas más largas</translation>
    </message>
    <message>
        <source>Tables held for a booking before the party sat</source>
        <translation>Mesas reservadas antes de que se sentara el grupo</translation>
    </message>
    <message>
        <source>No bookings were held.</source>
        <translation>No se reservó ninguna mesa.</translation>
    </message>
    <message numerus="yes">
        <source>Over time (turns over %n min)</source>
        <translation>
            <numerusform>Tiempo excedido (rotaciones de más de %n min)</numerusform>
            <numerusform>Tiempo excedido (rotaciones de más de %n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>No table went over time.</source>
        <translation>Ninguna mesa excedió el tiempo.</translation>
    </message>
    <message numerus="yes">
        <source>%n tables were still seated when the journal ended at {0}; their turns are not in the figures.</source>
        <translation>
            <numerusform>%n mesa seguía ocupada cuando terminó el registro a las {0}; su rotación no está en las cifras.</numerusform>
            <numerusform>%n mesas seguían ocupadas cuando terminó el registro a las {0}; sus rotaciones no están en las cifras.</numerusform>
        </translation>
    </message>
    <message>
        <source>floorview report · from the journal {0} · a turn is a party from seated to cleared; covers count guests who joined later.</source>
        <translation>floorview report · del registro {0} · una rotación es un grupo desde que se sienta hasta que deja la mesa; los comensales incluyen a quienes se unieron después.</translation>
    </message>
    <message>
        <source>No turns.</source>
        <translation>Sin rotaciones.</translation>
    </message>
    <message>
        <source>middle half</source>
        <translation>mitad central</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Rotaciones</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Middle half</source>
        <translation>Mitad central</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Mesas</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Share of covers</source>
        <translation>Parte de comensales</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ninguna.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>No parties were seated.</source>
        <translation>No se sentó ningún grupo.</translation>
    </message>
</context>
<context>
    <name>Rest</name>
    <message>
        <source>The server refused the request</source>
        <translation>El servidor rechazó la petición</translation>
    </message>
    <message>
        <source>The server rejected the request as invalid</source>
        <translation>El servidor rechazó la petición por no ser válida</translation>
    </message>
    <message>
        <source>Not signed in, or the sign-in has expired</source>
        <translation>No has iniciado sesión, o la sesión ha caducado</translation>
    </message>
    <message>
        <source>Wrong email or password</source>
        <translation>Correo o contraseña incorrectos</translation>
    </message>
    <message>
        <source>You are not allowed to do that</source>
        <translation>No tienes permiso para hacer eso</translation>
    </message>
    <message>
        <source>Not found (it may have been deleted)</source>
        <translation>No encontrado (puede que se haya eliminado)</translation>
    </message>
    <message>
        <source>Someone else changed this table first; reload it and try again</source>
        <translation>Otra persona cambió esta mesa antes; vuelve a cargarla e inténtalo de nuevo</translation>
    </message>
    <message>
        <source>The server is busy with too many requests</source>
        <translation>El servidor está ocupado con demasiadas peticiones</translation>
    </message>
    <message>
        <source>Try again in {0} s.</source>
        <translation>Vuelve a intentarlo en {0} s.</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>No se puede conectar con el servidor</translation>
    </message>
    <message>
        <source>The server failed</source>
        <translation>Fallo del servidor</translation>
    </message>
    <message>
        <source>The server sent an answer this app does not understand</source>
        <translation>El servidor envió una respuesta que esta aplicación no entiende</translation>
    </message>
    <message>
        <source>The server does not speak HTTPS at this address: try {0} instead</source>
        <translation>El servidor no usa HTTPS en esta dirección: prueba con {0}</translation>
    </message>
    <message>
        <source>TLS failed (a private CA needs --ca-bundle): {0}</source>
        <translation>Fallo de TLS (una CA privada necesita --ca-bundle): {0}</translation>
    </message>
    <message>
        <source>The server&apos;s answer was cut off: the connection broke mid-way</source>
        <translation>La respuesta del servidor llegó cortada: la conexión se rompió a medias</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: its compressed body is damaged</source>
        <translation>No se pudo leer la respuesta del servidor: su contenido comprimido está dañado</translation>
    </message>
    <message>
        <source>The server&apos;s address redirects in a loop; check the server&apos;s address</source>
        <translation>La dirección del servidor redirige en bucle; revisa la dirección del servidor</translation>
    </message>
    <message>
        <source>The server&apos;s address is not a valid URL; check the server&apos;s address</source>
        <translation>La dirección del servidor no es una URL válida; revisa la dirección del servidor</translation>
    </message>
    <message>
        <source>The request could not be sent: a value in it is not valid JSON</source>
        <translation>No se pudo enviar la petición: uno de sus valores no es JSON válido</translation>
    </message>
    <message>
        <source>The request could not be sent ({0})</source>
        <translation>No se pudo enviar la petición ({0})</translation>
    </message>
</context>
<context>
    <name>Retry</name>
    <message numerus="yes">
        <source>retrying in %n s.</source>
        <translation>
            <numerusform>se reintenta en %n s.</numerusform>
            <numerusform>se reintenta en %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message numerus="yes">
        <source>The server refused a new sign-in at once; signing in again in %n s.</source>
        <translation>
            <numerusform>El servidor rechazó de inmediato un nuevo inicio de sesión; se vuelve a iniciar sesión en %n s.</numerusform>
            <numerusform>El servidor rechazó de inmediato un nuevo inicio de sesión; se vuelve a iniciar sesión en %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach the server ({0}); {1}</source>
        <translation>No se puede conectar con el servidor ({0}); {1}</translation>
    </message>
    <message>
        <source>Connection lost ({0}); {1}</source>
        <translation>Conexión perdida ({0}); {1}</translation>
    </message>
    <message>
        <source>Still cannot reach the server ({0}); {1}</source>
        <translation>Sigue sin poder conectarse con el servidor ({0}); {1}</translation>
    </message>
</context>
<context>
    <name>Seat</name>
    <message>
        <source>not a number of guests: {0!r}</source>
        <translation>no es un número de comensales: {0!r}</translation>
    </message>
    <message>
        <source>a party is 1 to {0} guests</source>
        <translation>un grupo es de 1 a {0} comensales</translation>
    </message>
    <message>
        <source>Password for {0}: </source>
        <translation>Contraseña de {0}: </translation>
    </message>
    <message>
        <source>give --server URL (or FLOORVIEW_SERVER)</source>
        <translation>indica --server URL (o FLOORVIEW_SERVER)</translation>
    </message>
    <message numerus="yes">
        <source>A party of %n at {0}:</source>
        <translation>
            <numerusform>Un grupo de %n en {0}:</numerusform>
            <numerusform>Un grupo de %n en {0}:</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} [free at {1}]</source>
        <translation>{0} [libre a las {1}]</translation>
    </message>
</context>
<context>
    <name>SeatPanel</name>
    <message>
        <source>Seat a party</source>
        <translation>Sentar grupo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close without seating anyone (Esc)</source>
        <translation>Cerrar sin sentar a nadie (Esc)</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <source>Party size typed</source>
        <translation>Tamaño del grupo</translation>
    </message>
    <message>
        <source>Delete the last digit (Backspace)</source>
        <translation>Borrar la última cifra (Retroceso)</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Borrar la última cifra</translation>
    </message>
    <message>
        <source>Show options</source>
        <translation>Ver opciones</translation>
    </message>
    <message>
        <source>Where this party can sit (Enter)</source>
        <translation>Dónde puede sentarse el grupo (Intro)</translation>
    </message>
    <message>
        <source>Type {0}</source>
        <translation>Escribir {0}</translation>
    </message>
    <message>
        <source>Where the party can sit, best first</source>
        <translation>Dónde puede sentarse el grupo, lo mejor primero</translation>
    </message>
    <message>
        <source>Change size</source>
        <translation>Cambiar tamaño</translation>
    </message>
    <message>
        <source>Type another party size</source>
        <translation>Escribir otro tamaño de grupo</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Put the tables back as they were</source>
        <translation>Dejar las mesas como estaban</translation>
    </message>
    <message>
        <source>Seat another</source>
        <translation>Otro grupo</translation>
    </message>
    <message>
        <source>Seat the next party</source>
        <translation>Sentar al siguiente grupo</translation>
    </message>
    <message>
        <source>Type how many are in the party first.</source>
        <translation>Escribe primero cuántos son en el grupo.</translation>
    </message>
    <message numerus="yes">
        <source>A party of %n</source>
        <translation>
            <numerusform>Un grupo de %n</numerusform>
            <numerusform>Un grupo de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to offer.</source>
        <translation>No hay nada que ofrecer.</translation>
    </message>
    <message>
        <source>Tap where they sit: number 1 is the best.</source>
        <translation>Toca dónde se sientan: el número 1 es la mejor.</translation>
    </message>
    <message>
        <source>Option {0}: {1}</source>
        <translation>Opción {0}: {1}</translation>
    </message>
    <message>
        <source>Seated</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the panel (Esc)</source>
        <translation>Cerrar el panel (Esc)</translation>
    </message>
    <message>
        <source>Party of {0}</source>
        <translation>Grupo de {0}</translation>
    </message>
    <message>
        <source>How many are at the door? Then Show options.</source>
        <translation>¿Cuántos son en la puerta? Luego, Ver opciones.</translation>
    </message>
    <message numerus="yes">
        <source>Show options: where a party of %n can sit.</source>
        <translation>
            <numerusform>Ver opciones: dónde puede sentarse un grupo de %n.</numerusform>
            <numerusform>Ver opciones: dónde puede sentarse un grupo de %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Cualquier sitio</translation>
    </message>
    <message>
        <source>Only tables in {0}</source>
        <translation>Solo mesas de {0}</translation>
    </message>
    <message>
        <source>Tables in any section</source>
        <translation>Mesas de cualquier zona</translation>
    </message>
</context>
<context>
    <name>SeatParty</name>
    <message>
        <source>Next: {0}</source>
        <translation>Siguiente: {0}</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>sin camarero</translation>
    </message>
    <message>
        <source>Table {0}</source>
        <translation>Mesa {0}</translation>
    </message>
    <message>
        <source>Tables {0}</source>
        <translation>Mesas {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n seats</source>
        <translation>
            <numerusform>%n plaza</numerusform>
            <numerusform>%n plazas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing seats a party of %n.</source>
        <translation>
            <numerusform>No hay mesa para un grupo de %n.</numerusform>
            <numerusform>No hay mesa para un grupo de %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is free for them now: these free up first. Tell the party the time; seat them when the table is free.</source>
        <translation>Ahora no hay nada libre para ellos: estas se liberan antes. Dile la hora al grupo y siéntalos cuando la mesa esté libre.</translation>
    </message>
    <message>
        <source>no estimate of when it frees</source>
        <translation>no se sabe cuándo se libera</translation>
    </message>
    <message>
        <source>free {0}</source>
        <translation>libre {0}</translation>
    </message>
    <message>
        <source>Table {0} is not free yet ({1}): tell the party, and seat them when it is.</source>
        <translation>La mesa {0} aún no está libre ({1}): díselo al grupo y siéntalos cuando lo esté.</translation>
    </message>
    <message>
        <source>{0} was just taken: the options as the floor is now.</source>
        <translation>{0}: ya no está libre. Estas son las opciones con la sala tal como está ahora.</translation>
    </message>
    <message>
        <source>table {0}</source>
        <translation>la mesa {0}</translation>
    </message>
    <message>
        <source>tables {0}</source>
        <translation>las mesas {0}</translation>
    </message>
    <message>
        <source>A party of {0} at {1} · {2}. Undo puts it back.</source>
        <translation>Grupo de {0} en {1} · {2}. Deshacer lo revierte.</translation>
    </message>
</context>
<context>
    <name>SeatWrites</name>
    <message>
        <source>table {0}</source>
        <translation>la mesa {0}</translation>
    </message>
    <message>
        <source>tables {0}</source>
        <translation>las mesas {0}</translation>
    </message>
    <message>
        <source>seating {0}</source>
        <translation>la ocupación de {0}</translation>
    </message>
    <message>
        <source>That table was deleted meanwhile.</source>
        <translation>Esa mesa se eliminó entretanto.</translation>
    </message>
    <message>
        <source>Seating table {0} failed: {1}</source>
        <translation>No se pudo sentar en la mesa {0}: {1}</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>sin camarero</translation>
    </message>
    <message numerus="yes">
        <source>Seated a party of %n at {0} ({1}).</source>
        <translation>
            <numerusform>Grupo de %n sentado en {0} ({1}).</numerusform>
            <numerusform>Grupo de %n sentado en {0} ({1}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>{0} of {1} refused: someone else changed that table since. Nothing was changed there; the floor shows their version.</source>
        <translation>{0} {1}: rechazado. Otra persona cambió esa mesa entretanto. No se cambió nada ahí; el plano muestra su versión.</translation>
    </message>
    <message>
        <source>{0} of {1} not sent: {2}. Press it again once the floor is live.</source>
        <translation>{0} {1}: no enviado ({2}). Púlsalo otra vez cuando el plano esté en vivo.</translation>
    </message>
    <message>
        <source>{0} of {1} failed: {2}</source>
        <translation>{0} {1}: falló ({2})</translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <translation>{0} {1}: hecho.</translation>
    </message>
</context>
<context>
    <name>Seating</name>
    <message>
        <source>no server assigned</source>
        <translation>ninguna zona (sin camarero)</translation>
    </message>
    <message>
        <source>{0}&apos;s section (next in rotation)</source>
        <translation>la zona de {0} (siguiente en la rotación)</translation>
    </message>
    <message>
        <source>{0}&apos;s section ({0} is well ahead on covers, {1}, and skipped in the rotation)</source>
        <translation>la zona de {0} ({0} va muy por delante en comensales, {1}, y se salta en la rotación)</translation>
    </message>
    <message>
        <source>{0}&apos;s section</source>
        <translation>la zona de {0}</translation>
    </message>
    <message>
        <source>the smallest free table</source>
        <translation>la mesa libre más pequeña</translation>
    </message>
    <message>
        <source>a larger free table</source>
        <translation>una mesa libre más grande</translation>
    </message>
    <message>
        <source>Table {0} seats {1}: {2} for {3}, in {4}</source>
        <translation>La mesa {0} tiene {1} plazas: {2} para {3}, en {4}</translation>
    </message>
    <message>
        <source>one section</source>
        <translation>una zona</translation>
    </message>
    <message>
        <source>across sections</source>
        <translation>entre zonas</translation>
    </message>
    <message>
        <source>Tables {0} together seat {1}: no single free table seats {2}, and these stand side by side ({3}), in {4}</source>
        <translation>Las mesas {0} juntas suman {1} plazas: ninguna mesa libre sola tiene {2}, y estas están una al lado de otra ({3}), en {4}</translation>
    </message>
    <message>
        <source>nothing free seats {0} now (the largest free table seats {1}, and no free neighbours add up)</source>
        <translation>ahora no hay nada libre para {0} (la mesa libre más grande tiene {1} plazas y las vecinas libres no suman)</translation>
    </message>
    <message>
        <source>any minute now</source>
        <translation>en cualquier momento</translation>
    </message>
    <message numerus="yes">
        <source>in about %n min</source>
        <translation>
            <numerusform>en unos %n min</numerusform>
            <numerusform>en unos %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Table {0} seats {1}: {2}; it is likely free {3} ({4}), in {5}</source>
        <translation>La mesa {0} tiene {1} plazas: {2}; probablemente quede libre {3} ({4}), en {5}</translation>
    </message>
    <message>
        <source>Table {0} seats {1}: {2}; it is occupied and there is no history of parties this size to say when it frees, in {3}</source>
        <translation>La mesa {0} tiene {1} plazas: {2}; está ocupada y no hay historial de grupos de este tamaño para saber cuándo se libera, en {3}</translation>
    </message>
    <message>
        <source>Nothing seats {0}, now or later: the largest table seats {1}, and no free neighbouring tables add up to {0}</source>
        <translation>No hay mesa para {0}, ni ahora ni luego: la mesa más grande tiene {1} plazas, y no hay mesas vecinas libres que sumen {0}</translation>
    </message>
    <message>
        <source>{0} and {1}</source>
        <comment>the last of a list</comment>
        <translation>{0} y {1}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Choose a branch with --branch; this user may see: {0}.</source>
        <translation>Elige un local con --branch; este usuario tiene acceso a: {0}.</translation>
    </message>
    <message>
        <source>No branch {0!r} that this user may see; choose one of: {1}.</source>
        <translation>No hay ningún local {0!r} al que tenga acceso este usuario; elige uno de estos: {1}.</translation>
    </message>
    <message>
        <source>Give --email (with the password in {0} or at the prompt), or a token in {1}.</source>
        <translation>Indica --email (con la contraseña en {0} o cuando se pida), o un token en {1}.</translation>
    </message>
    <message>
        <source>No password for {0}.</source>
        <translation>No hay contraseña para {0}.</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Summary and table list</source>
        <translation>Resumen y lista de mesas</translation>
    </message>
    <message>
        <source>Summary and list</source>
        <translation>Resumen y lista</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Sign in as someone else</source>
        <translation>Cambiar de usuario</translation>
    </message>
    <message>
        <source>Sign in as someone else, or Cancel to quit.</source>
        <translation>Inicia sesión con otro usuario, o pulsa Cancelar para salir.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again.</source>
        <translation>Tu sesión ha caducado. Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Could not load the branches</source>
        <translation>No se pudieron cargar los locales</translation>
    </message>
    <message>
        <source>No branches</source>
        <translation>No hay locales</translation>
    </message>
    <message>
        <source>{0} may not see any branch.</source>
        <translation>{0} no tiene acceso a ningún local.</translation>
    </message>
    <message>
        <source>More than one branch is named “{0}”: which one?</source>
        <translation>Hay más de un local llamado «{0}»: ¿cuál?</translation>
    </message>
    <message>
        <source>{0} may not watch “{1}” (or no branch has that name). Choose one of these:</source>
        <translation>{0} no tiene acceso a «{1}» (o no hay ningún local con ese nombre). Elige uno de estos:</translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>not a whole number of pixels: {0!r}</source>
        <translation>no es un número entero de píxeles: {0!r}</translation>
    </message>
    <message>
        <source>choose between 16 and 16384 pixels</source>
        <translation>elige entre 16 y 16384 píxeles</translation>
    </message>
    <message>
        <source>This branch has no floor plans.</source>
        <translation>Este local no tiene planos.</translation>
    </message>
    <message>
        <source>No floor plan {0!r}; choose one of: {1}.</source>
        <translation>No existe el plano {0!r}; elige uno de estos: {1}.</translation>
    </message>
    <message>
        <source>floorview snapshot: give --server URL (or FLOORVIEW_SERVER), or --demo.</source>
        <translation>floorview snapshot: indica --server URL (o FLOORVIEW_SERVER), o --demo.</translation>
    </message>
    <message>
        <source>floorview snapshot: no folder {0} to write {1} in</source>
        <translation>floorview snapshot: no existe la carpeta {0} para escribir {1}</translation>
    </message>
    <message>
        <source>floorview snapshot: could not write {0} (is its suffix an image format?)</source>
        <translation>floorview snapshot: no se pudo escribir {0} (¿su extensión es un formato de imagen?)</translation>
    </message>
    <message numerus="yes">
        <source>{0}: {1}, %n tables, {2}×{3}</source>
        <translation>
            <numerusform>{0}: {1}, %n mesa, {2}×{3}</numerusform>
            <numerusform>{0}: {1}, %n mesas, {2}×{3}</numerusform>
        </translation>
    </message>
    <message>
        <source>Password for {0}: </source>
        <translation>Contraseña de {0}: </translation>
    </message>
    <message>
        <source>{0}  {1}</source>
        <comment>the strip&apos;s day and time</comment>
        <translation>{0}  {1}</translation>
    </message>
    <message>
        <source>may be out of date · {0}</source>
        <translation>puede no estar al día · {0}</translation>
    </message>
</context>
<context>
    <name>StallMarks</name>
    <message>
        <source>seated</source>
        <translation>ocupada</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reservada</translation>
    </message>
    <message>
        <source>cleaning</source>
        <translation>en limpieza</translation>
    </message>
    <message>
        <source>{0} {1} — usually {2}</source>
        <translation>{0} {1} — normalmente {2}</translation>
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
        <translation>Reservada</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Ocupada</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Limpieza</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Fuera de servicio</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message numerus="yes">
        <source>%n tables</source>
        <translation>
            <numerusform>%n mesa</numerusform>
            <numerusform>%n mesas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n covers</source>
        <translation>
            <numerusform>%n comensal</numerusform>
            <numerusform>%n comensales</numerusform>
        </translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>%p% occupancy</source>
        <translation>%p% de ocupación</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Camareros</translation>
    </message>
    <message>
        <source>Click a server to highlight their tables; click again to clear</source>
        <translation>Haz clic en un camarero para resaltar sus mesas; otra vez para quitarlo</translation>
    </message>
    <message>
        <source>Next server in the rotation</source>
        <translation>Siguiente camarero de la rotación</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Mesas</translation>
    </message>
    <message>
        <source>Tables — {0}, may be out of date</source>
        <translation>Mesas — {0}, puede no estar al día</translation>
    </message>
    <message>
        <source>Covers {0} of {1} seats · {2}</source>
        <translation>Comensales: {0} de {1} plazas · {2}</translation>
    </message>
    <message>
        <source> · {0} unknown</source>
        <translation> · {0} sin estado</translation>
    </message>
    <message>
        <source>Unknown server</source>
        <translation>Camarero desconocido</translation>
    </message>
    <message>
        <source>{0}  —  {1} · {2}</source>
        <translation>{0}  —  {1} · {2}</translation>
    </message>
    <message>
        <source>Unassigned  —  {0} · {1}</source>
        <translation>Sin asignar  —  {0} · {1}</translation>
    </message>
</context>
<context>
    <name>TableActions</name>
    <message>
        <source>Table {0}</source>
        <translation>Mesa {0}</translation>
    </message>
    <message>
        <source> of {0} seats</source>
        <translation> de {0} plazas</translation>
    </message>
    <message>
        <source>Table {0} · {1} seats</source>
        <translation>Mesa {0} · {1} plazas</translation>
    </message>
    <message>
        <source>Table {0} — {1}, {2}</source>
        <translation>Mesa {0} — {1}, {2}</translation>
    </message>
    <message>
        <source>Acknowledge over time</source>
        <translation>Visto: tiempo excedido</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Cambiar estado</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <source>Assign server</source>
        <translation>Asignar camarero</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Quitar camarero</translation>
    </message>
    <message>
        <source>Number, seats, shape…</source>
        <translation>Número, plazas, forma…</translation>
    </message>
    <message>
        <source>Delete table</source>
        <translation>Eliminar mesa</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <source>No server</source>
        <translation>Sin camarero</translation>
    </message>
    <message>
        <source>One guest fewer</source>
        <translation>Un comensal menos</translation>
    </message>
    <message>
        <source>One guest more</source>
        <translation>Un comensal más</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Comensales</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Camarero</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>TableFormDialog</name>
    <message>
        <source>Square</source>
        <translation>Cuadrada</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Redonda</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rectangular</translation>
    </message>
    <message>
        <source>Add table</source>
        <translation>Añadir mesa</translation>
    </message>
    <message>
        <source> seats</source>
        <translation> plazas</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Give the table a number.</source>
        <translation>Ponle un número a la mesa.</translation>
    </message>
    <message>
        <source>Another table is numbered {0}.</source>
        <translation>Ya hay otra mesa con el número {0}.</translation>
    </message>
</context>
<context>
    <name>TableItem</name>
    <message>
        <source>Table {0}</source>
        <translation>Mesa {0}</translation>
    </message>
    <message>
        <source>Unknown status ({0})</source>
        <translation>Estado desconocido ({0})</translation>
    </message>
    <message numerus="yes">
        <source>%n seats</source>
        <translation>
            <numerusform>%n plaza</numerusform>
            <numerusform>%n plazas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n guests</source>
        <translation>
            <numerusform>{0} de %n comensal</numerusform>
            <numerusform>{0} de %n comensales</numerusform>
        </translation>
    </message>
    <message>
        <source>for {0}</source>
        <comment>time in status</comment>
        <translation>desde hace {0}</translation>
    </message>
    <message>
        <source>server {0}</source>
        <translation>camarero {0}</translation>
    </message>
    <message>
        <source>server unknown</source>
        <translation>camarero desconocido</translation>
    </message>
    <message>
        <source>stalled: {0}</source>
        <translation>se alarga: {0}</translation>
    </message>
    <message>
        <source>not confirmed by the server: its last answer for this table could not be read, so this is the last known state</source>
        <translation>sin confirmar por el servidor: no se pudo leer su última respuesta para esta mesa, así que este es el último estado conocido</translation>
    </message>
</context>
<context>
    <name>TableKeys</name>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Mayús</translation>
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
        <translation>Meta</translation>
    </message>
    <message>
        <source>Plus</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Minus</source>
        <translation>Menos</translation>
    </message>
    <message>
        <source>Equals</source>
        <translation>Igual</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supr</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Retroceso</translation>
    </message>
</context>
<context>
    <name>TableList</name>
    <message>
        <source>Tables</source>
        <translation>Mesas</translation>
    </message>
    <message>
        <source>Table columns</source>
        <translation>Columnas de la lista</translation>
    </message>
</context>
<context>
    <name>TableListModel</name>
    <message>
        <source>now</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no history</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Mesa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Camarero</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Free in ~</source>
        <translation>Libre en ~</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Sorted by {0}, ascending: click to reverse</source>
        <translation>Ordenado por {0}, ascendente: haz clic para invertir</translation>
    </message>
    <message>
        <source>Sorted by {0}, descending: click to reverse</source>
        <translation>Ordenado por {0}, descendente: haz clic para invertir</translation>
    </message>
    <message>
        <source>Click to sort by {0}</source>
        <translation>Haz clic para ordenar por {0}</translation>
    </message>
    <message>
        <source>Unknown ({0})</source>
        <translation>Desconocido ({0})</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Not confirmed by the server: its last answer for this table could not be read, so this is the last known state.</source>
        <translation>Sin confirmar por el servidor: no se pudo leer su última respuesta para esta mesa, así que este es el último estado conocido.</translation>
    </message>
    <message>
        <source>No estimate: too few past turns of parties this size (it takes a few, at about this time of day or any).</source>
        <translation>Sin previsión: pocas rotaciones anteriores de grupos de este tamaño (hacen falta unas cuantas, a esta hora del día o a cualquiera).</translation>
    </message>
    <message>
        <source>Likely free ~{0}: {1}</source>
        <translation>Libre probablemente ~{0}: {1}</translation>
    </message>
</context>
<context>
    <name>TouchBar</name>
    <message>
        <source>Host stand</source>
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Host stand actions</source>
        <translation>Acciones de recepción</translation>
    </message>
    <message>
        <source>Next server in the rotation</source>
        <translation>Siguiente camarero de la rotación</translation>
    </message>
    <message>
        <source>Seat a party</source>
        <translation>Sentar grupo</translation>
    </message>
    <message>
        <source>Where the party at the door sits, and who serves them</source>
        <translation>Dónde se sienta el grupo que espera en la puerta, y quién le atiende</translation>
    </message>
    <message>
        <source>Find table</source>
        <translation>Buscar mesa</translation>
    </message>
    <message>
        <source>Find a table by its number (Ctrl + F)</source>
        <translation>Buscar una mesa por su número (Ctrl + F)</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Cambios recientes</translation>
    </message>
    <message>
        <source>The recent changes over the floor (F9); again to hide them</source>
        <translation>Los cambios recientes en la sala (F9); otra vez para ocultarlos</translation>
    </message>
    <message>
        <source>Free times</source>
        <translation>Previsión</translation>
    </message>
    <message>
        <source>Show when each seated table is likely free (F8)</source>
        <translation>Mostrar cuándo quedará libre cada mesa ocupada (F8)</translation>
    </message>
    <message>
        <source>Fit floor</source>
        <translation>Ajustar plano</translation>
    </message>
    <message>
        <source>Fit the whole floor to the screen (Ctrl + 0)</source>
        <translation>Ajustar toda la sala a la pantalla (Ctrl + 0)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out of this stand (asks first)</source>
        <translation>Cerrar la sesión en este puesto (pregunta antes)</translation>
    </message>
    <message>
        <source>Leave kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <source>Leave kiosk mode or quit (asks first; Ctrl + Shift + Q)</source>
        <translation>Salir del modo quiosco o cerrar floorview (pregunta antes; Ctrl + Mayús + Q)</translation>
    </message>
</context>
<context>
    <name>TurnMarks</name>
    <message>
        <source>no history</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>free ~now</source>
        <translation>libre ~ya</translation>
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
        <translation>a cualquier hora del día</translation>
    </message>
    <message>
        <source>seated within {0} of this time of day</source>
        <translation>sentados a menos de {0} de esta hora del día</translation>
    </message>
    <message numerus="yes">
        <source>median of %n turns of parties of {0}, {1}</source>
        <translation>
            <numerusform>mediana de %n rotación de grupos de {0}, {1}</numerusform>
            <numerusform>mediana de %n rotaciones de grupos de {0}, {1}</numerusform>
        </translation>
    </message>
    <message>
        <source>an hour</source>
        <translation>una hora</translation>
    </message>
    <message>
        <source>{0} hours</source>
        <translation>{0} horas</translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message>
        <source>This account</source>
        <translation>Esta cuenta</translation>
    </message>
    <message>
        <source>{0} may not watch {1} any more. Choose another branch:</source>
        <translation>{0} ya no tiene acceso a {1}. Elige otro local:</translation>
    </message>
    <message>
        <source>Signed out. Sign in to show the floor again.</source>
        <translation>Sesión cerrada. Inicia sesión para volver a ver el plano.</translation>
    </message>
</context>
<context>
    <name>WaitingScreen</name>
    <message>
        <source>Waiting for the server</source>
        <translation>Esperando al servidor</translation>
    </message>
    <message>
        <source>floorview: waiting for the server</source>
        <translation>floorview: esperando al servidor</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>{0}
The floor shows here as soon as the server answers.</source>
        <translation>{0}
El plano aparecerá aquí en cuanto responda el servidor.</translation>
    </message>
    <message>
        <source>Trying now…</source>
        <translation>Intentándolo…</translation>
    </message>
    <message>
        <source>Trying again in {0} s…</source>
        <translation>Reintentando en {0} s…</translation>
    </message>
</context>
<context>
    <name>WallAccessible</name>
    <message>
        <source>All branches</source>
        <translation>Todos los locales</translation>
    </message>
</context>
<context>
    <name>WallPage</name>
    <message>
        <source>Totals of every branch</source>
        <translation>Totales de todos los locales</translation>
    </message>
    <message>
        <source>Tables by status, every branch</source>
        <translation>Mesas por estado, todos los locales</translation>
    </message>
    <message>
        <source>Order: by name</source>
        <translation>Orden: nombre</translation>
    </message>
    <message>
        <source>Order: needs attention</source>
        <translation>Orden: atención</translation>
    </message>
    <message>
        <source>Order the branches by what needs attention</source>
        <translation>Ordenar los locales por lo que necesita atención</translation>
    </message>
    <message>
        <source>Order the branches by name</source>
        <translation>Ordenar los locales por nombre</translation>
    </message>
    <message numerus="yes">
        <source>All branches · %n</source>
        <translation>
            <numerusform>Todos los locales · %n</numerusform>
            <numerusform>Todos los locales · %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}/{1} tables occupied · {2} covers · {3} over time</source>
        <translation>{0}/{1} mesas ocupadas · {2} comensales · {3} con tiempo excedido</translation>
    </message>
</context>
<context>
    <name>WallSwitch</name>
    <message>
        <source>All branches</source>
        <translation>Todos los locales</translation>
    </message>
    <message>
        <source>Every branch you may see, a tile each (Ctrl+Shift+A)</source>
        <translation>Todos los locales a los que tienes acceso, uno por recuadro (Ctrl+Mayús+A)</translation>
    </message>
    <message>
        <source>Back to all branches</source>
        <translation>Volver a todos los locales</translation>
    </message>
    <message>
        <source>Back to every branch&apos;s tile (Alt+Left)</source>
        <translation>Volver a los recuadros de todos los locales (Alt+Izquierda)</translation>
    </message>
</context>
<context>
    <name>WallTile</name>
    <message>
        <source>Live</source>
        <translation>En vivo</translation>
    </message>
    <message>
        <source>As of {0}</source>
        <translation>Datos de las {0}</translation>
    </message>
    <message>
        <source>Offline, as of {0}</source>
        <translation>Sin conexión, datos de las {0}</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>6+</source>
        <translation>6+</translation>
    </message>
    <message>
        <source>{0}: {1}; {2} local time; no tables yet.</source>
        <translation>{0}: {1}; {2} hora local; aún no hay mesas.</translation>
    </message>
    <message numerus="yes">
        <source>%n of {0} tables occupied</source>
        <translation>
            <numerusform>%n de {0} mesas ocupada</numerusform>
            <numerusform>%n de {0} mesas ocupadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n covers of {0} seats</source>
        <translation>
            <numerusform>%n comensal de {0} plazas</numerusform>
            <numerusform>%n comensales de {0} plazas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tables over time</source>
        <translation>
            <numerusform>%n mesa con tiempo excedido</numerusform>
            <numerusform>%n mesas con tiempo excedido</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tables cleaning for long</source>
        <translation>
            <numerusform>%n mesa lleva mucho en limpieza</numerusform>
            <numerusform>%n mesas llevan mucho en limpieza</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing free</source>
        <translation>nada libre</translation>
    </message>
    <message>
        <source>free now: {0} for 2, {1} for 4, {2} for 6 or more</source>
        <translation>libres ahora: {0} para 2, {1} para 4, {2} para 6 o más</translation>
    </message>
    <message>
        <source>{0}: {1}; {2} local time; {3}.</source>
        <translation>{0}: {1}; {2} hora local; {3}.</translation>
    </message>
    <message>
        <source>Waiting for tables…</source>
        <translation>Esperando mesas…</translation>
    </message>
    <message>
        <source>tables</source>
        <translation>mesas</translation>
    </message>
    <message>
        <source>covers</source>
        <translation>comensales</translation>
    </message>
    <message numerus="yes">
        <source>%n over time</source>
        <translation>
            <numerusform>%n excedida</numerusform>
            <numerusform>%n excedidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over</source>
        <translation>
            <numerusform>%n exced.</numerusform>
            <numerusform>%n exced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cleaning long</source>
        <translation>
            <numerusform>%n limpieza larga</numerusform>
            <numerusform>%n limpiezas largas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n long</source>
        <translation>
            <numerusform>%n larga</numerusform>
            <numerusform>%n largas</numerusform>
        </translation>
    </message>
    <message>
        <source>on time</source>
        <translation>a tiempo</translation>
    </message>
    <message>
        <source>Nothing free</source>
        <translation>Nada libre</translation>
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
        <translation>{0} estado {1}</translation>
    </message>
    <message>
        <source>(as of {0})</source>
        <translation>(datos de las {0})</translation>
    </message>
    <message>
        <source>{0} table {1} [{2}] v{3}</source>
        <translation>{0} mesa {1} [{2}] v{3}</translation>
    </message>
    <message>
        <source>{0} deleted</source>
        <comment>a table</comment>
        <translation>{0} eliminada</translation>
    </message>
    <message>
        <source>[resync]</source>
        <translation>[resincronización]</translation>
    </message>
    <message>
        <source>server {0}</source>
        <translation>camarero {0}</translation>
    </message>
    <message>
        <source>Password for {0}: </source>
        <translation>Contraseña de {0}: </translation>
    </message>
    <message>
        <source>give --server URL (or FLOORVIEW_SERVER)</source>
        <translation>indica --server URL (o FLOORVIEW_SERVER)</translation>
    </message>
    <message>
        <source>signing in to {0}</source>
        <translation>iniciando sesión en {0}</translation>
    </message>
    <message>
        <source>--all-branches follows every branch: give no --branch and no --journal</source>
        <translation>--all-branches sigue todos los locales: no indiques --branch ni --journal</translation>
    </message>
    <message>
        <source>listing the branches</source>
        <translation>listando los locales</translation>
    </message>
    <message>
        <source>{0} not written: the branch&apos;s tables were never loaded</source>
        <translation>{0} no escrito: las mesas del local nunca se cargaron</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Follow system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Zonas</translation>
    </message>
    <message>
        <source>Likely free times</source>
        <translation>Previsión de mesas libres</translation>
    </message>
    <message>
        <source>Find table…</source>
        <translation>Buscar mesa…</translation>
    </message>
    <message>
        <source>Seat a party…</source>
        <translation>Sentar grupo…</translation>
    </message>
    <message>
        <source>Edit layout</source>
        <translation>Editar plano</translation>
    </message>
    <message>
        <source>Add table…</source>
        <translation>Añadir mesa…</translation>
    </message>
    <message>
        <source>Delete table…</source>
        <translation>Eliminar mesa…</translation>
    </message>
    <message>
        <source>Number, seats, shape…</source>
        <translation>Número, plazas, forma…</translation>
    </message>
    <message>
        <source>Undo layout edit</source>
        <translation>Deshacer cambio del plano</translation>
    </message>
    <message>
        <source>Redo layout edit</source>
        <translation>Rehacer cambio del plano</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Preferencias…</translation>
    </message>
    <message>
        <source>Sign out…</source>
        <translation>Cerrar sesión…</translation>
    </message>
    <message>
        <source>Switch branch…</source>
        <translation>Cambiar de local…</translation>
    </message>
    <message>
        <source>Enter kiosk mode</source>
        <translation>Pasar a modo quiosco</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>&amp;Tables</source>
        <translation>&amp;Mesas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Tab / Shift + Tab</source>
        <translation>Tab / Mayús + Tab</translation>
    </message>
    <message>
        <source>Next / previous table</source>
        <translation>Mesa siguiente / anterior</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Flechas</translation>
    </message>
    <message>
        <source>The nearest table that way</source>
        <translation>La mesa más cercana en esa dirección</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Open the selected table</source>
        <translation>Abrir la mesa seleccionada</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the selection; close the find bar</source>
        <translation>Quitar la selección; cerrar la búsqueda</translation>
    </message>
    <message>
        <source>Plus / Minus / 0</source>
        <translation>Más / Menos / 0</translation>
    </message>
    <message>
        <source>Zoom in / out / fit (on the floor)</source>
        <translation>Acercar / alejar / ajustar (en el plano)</translation>
    </message>
    <message>
        <source>Shift + arrow keys</source>
        <translation>Mayús + flechas</translation>
    </message>
    <message>
        <source>Scroll the floor</source>
        <translation>Desplazar el plano</translation>
    </message>
    <message>
        <source>Leave kiosk mode (asks first)</source>
        <translation>Salir del modo quiosco (pregunta antes)</translation>
    </message>
</context>
<context>
    <name>WindowDialogs</name>
    <message>
        <source>Delete table</source>
        <translation>Eliminar mesa</translation>
    </message>
    <message>
        <source>Delete table {0} from the floor plan?</source>
        <translation>¿Eliminar la mesa {0} del plano?</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign {0} out of floorview?

The floor stays on screen, no longer updating, until someone signs in again; a kept password is forgotten.</source>
        <translation>¿Cerrar la sesión de {0} en floorview?

El plano sigue en pantalla, sin actualizarse, hasta que alguien vuelva a iniciar sesión; se olvida la contraseña guardada.</translation>
    </message>
</context>
<context>
    <name>WindowStatusBar</name>
    <message>
        <source>admin</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>encargado</translation>
    </message>
    <message>
        <source>host</source>
        <translation>recepcionista</translation>
    </message>
    <message>
        <source>server</source>
        <translation>camarero</translation>
    </message>
    <message>
        <source>{0} · {1} · {2}</source>
        <translation>{0} · {1} · {2}</translation>
    </message>
    <message>
        <source>Live · as of {0}</source>
        <translation>En vivo · a las {0}</translation>
    </message>
    <message>
        <source>As of {0} — may be out of date</source>
        <translation>Datos de las {0} — puede no estar al día</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>Aún sin sincronizar</translation>
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
