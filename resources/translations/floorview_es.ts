<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
        <source>A new language takes effect the next time floorview starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se abra floorview.</translation>
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
</TS>
