<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Analysis</name>
    <message>
        <source>Search inputs: PUE, price, pools[0]…</source>
        <translation>Chercher une entrée&#xa0;: PUE, prix, pools[0]…</translation>
    </message>
    <message>
        <source>Now {0}</source>
        <translation>Actuellement {0}</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>{0} rows</source>
        <translation>{0} lignes</translation>
    </message>
    <message>
        <source>First {0} of {1} rows shown; Export CSV writes them all</source>
        <translation>{0} premières lignes sur {1} affichées&#x202f;; l’export CSV les écrit toutes</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>Impossible d’écrire {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Sweeping…</source>
        <translation>Balayage…</translation>
    </message>
    <message>
        <source>Sweep cancelled</source>
        <translation>Balayage annulé</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Second input (heat map)</source>
        <translation>Deuxième entrée (carte de chaleur)</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Run sweep</source>
        <translation>Lancer le balayage</translation>
    </message>
    <message>
        <source>Pick an input on the left to sweep it.</source>
        <translation>Choisissez une entrée à gauche pour la balayer.</translation>
    </message>
    <message>
        <source>Heat map of</source>
        <translation>Carte de chaleur de</translation>
    </message>
    <message>
        <source>Pick an input to sweep.</source>
        <translation>Choisissez une entrée à balayer.</translation>
    </message>
    <message>
        <source>Pick two different inputs for a 2-D sweep.</source>
        <translation>Choisissez deux entrées différentes pour un balayage 2D.</translation>
    </message>
    <message>
        <source>Sweeping {0} points…</source>
        <translation>Balayage de {0} points…</translation>
    </message>
    <message>
        <source>Second input (heat map): off</source>
        <translation>Deuxième entrée (carte de chaleur)&#xa0;: aucune</translation>
    </message>
    <message>
        <source>{0} points swept</source>
        <translation>{0} points balayés</translation>
    </message>
    <message>
        <source>Sweep failed: {0}</source>
        <translation>Échec du balayage&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Tick an output to draw it.</source>
        <translation>Cochez une sortie pour la tracer.</translation>
    </message>
    <message>
        <source>No input chosen</source>
        <translation>Aucune entrée choisie</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>{0} — now {1}</source>
        <translation>{0} — actuellement {1}</translation>
    </message>
    <message>
        <source>Monte Carlo…</source>
        <translation>Monte-Carlo…</translation>
    </message>
    <message>
        <source>Monte Carlo failed: {0}</source>
        <translation>Échec du Monte-Carlo&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Monte Carlo cancelled</source>
        <translation>Monte-Carlo annulé</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <source>Run with the full sample count (edits re-run live with {0} samples)</source>
        <translation>Lancer avec le nombre complet de tirages (les modifications relancent en direct avec {0} tirages)</translation>
    </message>
    <message>
        <source>Add an uncertain input to see its effect.</source>
        <translation>Ajoutez une entrée incertaine pour voir son effet.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>P10 / P50 / P90 and tornado</source>
        <translation>P10 / P50 / P90 et tornade</translation>
    </message>
    <message>
        <source>Histogram and CDF</source>
        <translation>Histogramme et fonction de répartition</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Tirages</translation>
    </message>
    <message>
        <source>Running {0} samples…</source>
        <translation>Calcul de {0} tirages…</translation>
    </message>
    <message>
        <source>full run</source>
        <translation>calcul complet</translation>
    </message>
    <message>
        <source>live preview; Run for {0}</source>
        <translation>aperçu en direct&#x202f;; «&#xa0;Lancer&#xa0;» pour {0}</translation>
    </message>
    <message>
        <source>{0} samples, seed {1} ({2})</source>
        <translation>{0} tirages, graine {1} ({2})</translation>
    </message>
    <message>
        <source>Rank correlations between uncertain inputs (Iman–Conover)</source>
        <translation>Corrélations de rang entre entrées incertaines (Iman–Conover)</translation>
    </message>
    <message>
        <source>Input A</source>
        <translation>Entrée A</translation>
    </message>
    <message>
        <source>Input B</source>
        <translation>Entrée B</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Correlations ({0})</source>
        <translation>Corrélations ({0})</translation>
    </message>
    <message>
        <source>Correlations</source>
        <translation>Corrélations</translation>
    </message>
    <message>
        <source>Spearman rank correlation</source>
        <translation>Corrélation de rang de Spearman</translation>
    </message>
    <message>
        <source>Add two or more uncertain inputs to correlate them.</source>
        <translation>Ajoutez au moins deux entrées incertaines pour les corréler.</translation>
    </message>
    <message>
        <source>Choose two different inputs to correlate.</source>
        <translation>Choisissez deux entrées différentes à corréler.</translation>
    </message>
    <message>
        <source>Correlate {0} with {1}</source>
        <translation>Corréler {0} avec {1}</translation>
    </message>
    <message>
        <source>Change correlation of {0} with {1}</source>
        <translation>Modifier la corrélation de {0} avec {1}</translation>
    </message>
    <message>
        <source>Remove correlation of {0} with {1}</source>
        <translation>Retirer la corrélation de {0} avec {1}</translation>
    </message>
    <message>
        <source>Catalog range (low / typical / high)</source>
        <translation>Plage du catalogue (basse / typique / haute)</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>Uniforme</translation>
    </message>
    <message>
        <source>Triangular</source>
        <translation>Triangulaire</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Lognormal</source>
        <translation>Log-normale</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bas</translation>
    </message>
    <message>
        <source>Most likely</source>
        <translation>Plus probable</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haut</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Écart-type</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>σ of ln x</source>
        <translation>σ de ln x</translation>
    </message>
    <message>
        <source>Add input</source>
        <translation>Ajouter une entrée</translation>
    </message>
    <message>
        <source>Fit around this scenario&apos;s value</source>
        <translation>Ajuster autour de la valeur du scénario</translation>
    </message>
    <message>
        <source>Replace this distribution with the one offered for a new input: the catalog&apos;s range or spread, around the scenario&apos;s value.</source>
        <translation>Remplacer cette distribution par celle proposée pour une nouvelle entrée&#xa0;: la plage ou la dispersion du catalogue, autour de la valeur du scénario.</translation>
    </message>
    <message>
        <source>Add an uncertain input</source>
        <translation>Ajouter une entrée incertaine</translation>
    </message>
    <message>
        <source>Uncertain inputs</source>
        <translation>Entrées incertaines</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Change Monte Carlo samples</source>
        <translation>Modifier le nombre de tirages Monte-Carlo</translation>
    </message>
    <message>
        <source>Change Monte Carlo seed</source>
        <translation>Modifier la graine Monte-Carlo</translation>
    </message>
    <message>
        <source>This scenario&apos;s value lies outside this distribution.</source>
        <translation>La valeur de ce scénario est hors de cette distribution.</translation>
    </message>
    <message>
        <source>Add an input from the list above.</source>
        <translation>Ajoutez une entrée depuis la liste ci-dessus.</translation>
    </message>
    <message>
        <source>This scenario&apos;s value, {0}, lies outside this distribution ({1} to {2}): no draw is the scenario as set, and the P10–P90 may not contain it.</source>
        <translation>La valeur de ce scénario, {0}, est hors de cette distribution ({1} à {2})&#xa0;: aucun tirage n’est le scénario tel que saisi, et l’intervalle P10–P90 peut ne pas la contenir.</translation>
    </message>
    <message>
        <source>{0} is not a numeric input of this scenario</source>
        <translation>{0} n’est pas une entrée numérique de ce scénario</translation>
    </message>
    <message>
        <source>Add uncertainty on {0}</source>
        <translation>Ajouter une incertitude sur {0}</translation>
    </message>
    <message>
        <source>Fit uncertainty on {0}</source>
        <translation>Ajuster l’incertitude sur {0}</translation>
    </message>
    <message>
        <source>Remove uncertainty on {0}</source>
        <translation>Retirer l’incertitude sur {0}</translation>
    </message>
    <message>
        <source>Change distribution</source>
        <translation>Modifier la distribution</translation>
    </message>
</context>
<context>
    <name>Assumptions</name>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>cooling</source>
        <translation>refroidissement</translation>
    </message>
    <message>
        <source>facility build</source>
        <translation>construction du site</translation>
    </message>
    <message>
        <source>water use</source>
        <translation>consommation d’eau</translation>
    </message>
    <message>
        <source>average draw</source>
        <translation>consommation moyenne</translation>
    </message>
    <message>
        <source>{0} of nameplate</source>
        <translation>{0} de la puissance nominale</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>réseau électrique</translation>
    </message>
    <message>
        <source>turbines</source>
        <translation>turbines</translation>
    </message>
    <message>
        <source>batteries</source>
        <translation>batteries</translation>
    </message>
    <message>
        <source>grid energy</source>
        <translation>énergie du réseau</translation>
    </message>
    <message>
        <source>turbine energy</source>
        <translation>énergie des turbines</translation>
    </message>
    <message>
        <source>grid carbon</source>
        <translation>carbone du réseau</translation>
    </message>
    <message>
        <source>turbine capex</source>
        <translation>capex des turbines</translation>
    </message>
    <message>
        <source>battery capex</source>
        <translation>capex des batteries</translation>
    </message>
    <message>
        <source>servers</source>
        <translation>serveurs</translation>
    </message>
    <message>
        <source>{0}× accelerator cost</source>
        <translation>{0} × le coût des accélérateurs</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>maintenance</translation>
    </message>
    <message>
        <source>IT {0}, network {1}, facility {2}, power plant {3} of capex per year</source>
        <translation>informatique {0}, réseau {1}, site {2}, centrale {3} du capex par an</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>personnel</translation>
    </message>
    <message>
        <source>{0} people</source>
        <translation>{0} personnes</translation>
    </message>
    <message>
        <source>staff cost</source>
        <translation>coût du personnel</translation>
    </message>
    <message>
        <source>{0} per person-year</source>
        <translation>{0} par personne et par an</translation>
    </message>
    <message>
        <source>GPU-hours used</source>
        <translation>heures-GPU utilisées</translation>
    </message>
    <message>
        <source>{0} of installed hours</source>
        <translation>{0} des heures installées</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>stockage</translation>
    </message>
    <message>
        <source>checkpoint writes</source>
        <translation>écriture des points de reprise</translation>
    </message>
    <message>
        <source>fabric</source>
        <translation>réseau d’interconnexion</translation>
    </message>
    <message>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <source>each accelerator&apos;s own NICs</source>
        <translation>les cartes réseau propres à chaque accélérateur</translation>
    </message>
    <message>
        <source>{0} Gb/s per accelerator</source>
        <translation>{0} Gb/s par accélérateur</translation>
    </message>
    <message>
        <source>oversubscription</source>
        <translation>sursouscription</translation>
    </message>
    <message>
        <source>pods</source>
        <translation>pods</translation>
    </message>
    <message>
        <source>none (flat fabric)</source>
        <translation>aucun (réseau plat)</translation>
    </message>
    <message>
        <source>{0} accelerators</source>
        <translation>{0} accélérateurs</translation>
    </message>
    <message>
        <source>above pods</source>
        <translation>au-dessus des pods</translation>
    </message>
    <message>
        <source>cost of capital</source>
        <translation>coût du capital</translation>
    </message>
    <message>
        <source>horizon</source>
        <translation>horizon</translation>
    </message>
    <message>
        <source>{0} years</source>
        <translation>{0} ans</translation>
    </message>
    <message>
        <source>depreciation</source>
        <translation>amortissement</translation>
    </message>
    <message>
        <source>IT {0} y, facility {1} y, power plant {2} y</source>
        <translation>informatique {0} ans, site {1} ans, centrale {2} ans</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>{0}B parameters</source>
        <translation>{0} Md de paramètres</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actifs</translation>
    </message>
    <message>
        <source>dense</source>
        <translation>dense</translation>
    </message>
    <message>
        <source>{0}B per token</source>
        <translation>{0} Md par jeton</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>jetons</translation>
    </message>
    <message>
        <source>sequence</source>
        <translation>séquence</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>{0} tokens</source>
        <translation>{0} jetons</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>lot</translation>
    </message>
    <message>
        <source>{0}M tokens</source>
        <translation>{0} M de jetons</translation>
    </message>
    <message>
        <source>kernels</source>
        <translation>noyaux</translation>
    </message>
    <message>
        <source>fused (FlashAttention)</source>
        <translation>fusionnés (FlashAttention)</translation>
    </message>
    <message>
        <source>unfused</source>
        <translation>non fusionnés</translation>
    </message>
    <message>
        <source>shape</source>
        <translation>architecture</translation>
    </message>
    <message>
        <source>not described</source>
        <translation>non décrite</translation>
    </message>
    <message>
        <source>{0} layers × {1} wide</source>
        <translation>{0} couches × largeur {1}</translation>
    </message>
    <message>
        <source>layout</source>
        <translation>répartition</translation>
    </message>
    <message>
        <source>searched</source>
        <translation>recherché</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>précision</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>redémarrage</translation>
    </message>
    <message>
        <source>checkpoints</source>
        <translation>points de reprise</translation>
    </message>
    <message>
        <source>Young–Daly optimum</source>
        <translation>optimum de Young–Daly</translation>
    </message>
    <message>
        <source>every {0} min</source>
        <translation>toutes les {0} min</translation>
    </message>
    <message>
        <source>failures</source>
        <translation>pannes</translation>
    </message>
    <message>
        <source>{0} per accelerator-year</source>
        <translation>{0} par accélérateur et par an</translation>
    </message>
    <message>
        <source>spares</source>
        <translation>rechanges à chaud</translation>
    </message>
    <message>
        <source>custom switch</source>
        <extracomment>fields with neither a wording here nor a form label, named by their field name (marked so the French report names them too)</extracomment>
        <translation>commutateur sur mesure</translation>
    </message>
    <message>
        <source>nics per node</source>
        <translation>cartes réseau par serveur</translation>
    </message>
    <message>
        <source>planes</source>
        <translation>plans réseau</translation>
    </message>
    <message>
        <source>rail optimized</source>
        <translation>optimisé par rail</translation>
    </message>
    <message>
        <source>switch</source>
        <translation>commutateur</translation>
    </message>
    <message>
        <source>grid region</source>
        <translation>région du réseau électrique</translation>
    </message>
    <message>
        <source>degraded running</source>
        <translation>marche dégradée</translation>
    </message>
    <message>
        <source>planned per gpu year</source>
        <translation>arrêts planifiés par GPU et par an</translation>
    </message>
    <message>
        <source>repair hours</source>
        <translation>heures de réparation</translation>
    </message>
    <message>
        <source>checkpoint mode</source>
        <translation>mode des points de reprise</translation>
    </message>
    <message>
        <source>checkpoint snapshot s</source>
        <translation>instantané des points de reprise (s)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>True</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>False</source>
        <translation>non</translation>
    </message>
    <message>
        <source>{0} pools, {1}</source>
        <translation>{0} lots, {1}</translation>
    </message>
    <message>
        <source>{0} pool, {1}</source>
        <translation>{0} lot, {1}</translation>
    </message>
    <message>
        <source>at {0} each</source>
        <translation>à {0} pièce</translation>
    </message>
    <message>
        <source>accelerators</source>
        <translation>accélérateurs</translation>
    </message>
    <message>
        <source>Layout</source>
        <extracomment>the scenario&apos;s sections as the assumptions pages title them</extracomment>
        <translation>Implantation</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Alimentation</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Lots d’accélérateurs</translation>
    </message>
    <message>
        <source>Assumptions: {0}</source>
        <translation>Hypothèses&#xa0;: {0}</translation>
    </message>
    <message>
        <source>(+{0} more in the report)</source>
        <translation>(+{0} autres dans le rapport)</translation>
    </message>
    <message>
        <source>Sources: {0}</source>
        <translation>Sources&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Sources: none recorded in the scenario</source>
        <translation>Sources&#xa0;: aucune dans le scénario</translation>
    </message>
    <message>
        <source>Scenario: {0}.</source>
        <translation>Scénario&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Assumptions behind this chart:</source>
        <translation>Hypothèses de ce graphique&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>the document cannot be written as a scenario file ({0})</source>
        <translation>le document ne peut pas être écrit comme fichier de scénario ({0})</translation>
    </message>
</context>
<context>
    <name>Builder</name>
    <message>
        <source>Accelerator pools</source>
        <translation>Lots d’accélérateurs</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Facility, power and storage</source>
        <translation>Site, énergie et stockage</translation>
    </message>
    <message>
        <source>Costs and finance</source>
        <translation>Coûts et financement</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Scenario and sources</source>
        <translation>Scénario et sources</translation>
    </message>
    <message>
        <source>Pool {0} {1}</source>
        <translation>Lot {0} {1}</translation>
    </message>
    <message>
        <source>(not in catalog)</source>
        <extracomment>The largest value a QSpinBox holds (it is 32-bit): int fields stop here whatever the model allows. The top of a float field the model leaves unbounded: whole numbers are exact in a double up to 2**53, and 1e15 keeps the spin box&apos;s text (with separators and decimals) readable.</extracomment>
        <translation>(hors catalogue)</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>Accélérateurs</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Power plant</source>
        <translation>Centrale électrique</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <source>Server cost factor</source>
        <translation>Coefficient de coût serveur</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>People operating the site, in full-time equivalents.</source>
        <translation>Personnes exploitant le site, en équivalents temps plein.</translation>
    </message>
    <message>
        <source>Cost per staff</source>
        <translation>Coût par employé</translation>
    </message>
    <message>
        <source>GPU-hours used</source>
        <translation>Heures-GPU utilisées</translation>
    </message>
    <message>
        <source>Share of installed GPU-hours that do useful work (allocated to jobs); sets the cost per used GPU-hour. Not the power utilisation.</source>
        <translation>Part des heures-GPU installées qui font un travail utile (allouées à des tâches)&#x202f;; fixe le coût par heure-GPU utilisée. Ce n’est pas le taux d’utilisation électrique.</translation>
    </message>
    <message>
        <source>Maintenance per year</source>
        <translation>Maintenance par an</translation>
    </message>
    <message>
        <source>Accelerators and servers</source>
        <translation>Accélérateurs et serveurs</translation>
    </message>
    <message>
        <source>Storage systems (arrays, drives and their servers): support and replacement parts, a share of their capex.</source>
        <translation>Systèmes de stockage (baies, disques et leurs serveurs)&#xa0;: support et pièces de rechange, en part de leur capex.</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Cost of capital</source>
        <translation>Coût du capital</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>Years of operation counted in the total cost of ownership.</source>
        <translation>Années d’exploitation comptées dans le coût total de possession.</translation>
    </message>
    <message>
        <source>Depreciation</source>
        <translation>Amortissement</translation>
    </message>
    <message>
        <source>Years over which this capex is depreciated.</source>
        <translation>Durée d’amortissement de ce capex, en années.</translation>
    </message>
    <message>
        <source>Dense BF16</source>
        <translation>BF16 dense</translation>
    </message>
    <message>
        <source>Dense FP8</source>
        <translation>FP8 dense</translation>
    </message>
    <message>
        <source>Dense FP4</source>
        <translation>FP4 dense</translation>
    </message>
    <message>
        <source>HBM capacity</source>
        <translation>Capacité HBM</translation>
    </message>
    <message>
        <source>HBM bandwidth</source>
        <translation>Bande passante HBM</translation>
    </message>
    <message>
        <source>TDP</source>
        <translation>TDP</translation>
    </message>
    <message>
        <source>Scale-up bandwidth</source>
        <translation>Bande passante scale-up</translation>
    </message>
    <message>
        <source>Scale-up domain</source>
        <translation>Domaine scale-up</translation>
    </message>
    <message>
        <source>accelerators</source>
        <translation>accélérateurs</translation>
    </message>
    <message>
        <source>Scale-out (NIC) bandwidth</source>
        <translation>Bande passante scale-out (NIC)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Typical price</source>
        <translation>Prix typique</translation>
    </message>
    <message>
        <source>System power factor</source>
        <translation>Facteur de puissance système</translation>
    </message>
    <message>
        <source>× TDP</source>
        <translation>× TDP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Price covers</source>
        <translation>Le prix couvre</translation>
    </message>
    <message>
        <source>Custom accelerator</source>
        <translation>Accélérateur personnalisé</translation>
    </message>
    <message>
        <source>give the chip a name</source>
        <translation>donnez un nom à la puce</translation>
    </message>
    <message>
        <source>A chip that is not in the catalog, saved in this scenario. It starts from the pool&apos;s current chip: change what differs.</source>
        <translation>Une puce absente du catalogue, enregistrée dans ce scénario. Elle part de la puce actuelle du lot&#xa0;: modifiez ce qui diffère.</translation>
    </message>
    <message>
        <source>supported</source>
        <translation>prise en charge</translation>
    </message>
    <message>
        <source>Untick if the chip has no dense {0} support.</source>
        <translation>Décochez si la puce ne prend pas en charge le {0} dense.</translation>
    </message>
    <message>
        <source>YYYY-MM, optional</source>
        <translation>AAAA-MM, facultatif</translation>
    </message>
    <message>
        <source>Leave empty if unknown.</source>
        <translation>Laissez vide si inconnu.</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>non prise en charge</translation>
    </message>
    <message>
        <source>Native ports</source>
        <translation>Ports natifs</translation>
    </message>
    <message>
        <source>ports</source>
        <translation>ports</translation>
    </message>
    <message>
        <source>Port speed</source>
        <translation>Débit par port</translation>
    </message>
    <message>
        <source>Most logical ports</source>
        <translation>Ports logiques max.</translation>
    </message>
    <message>
        <source>the native ports</source>
        <translation>les ports natifs</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Custom switch</source>
        <translation>Commutateur personnalisé</translation>
    </message>
    <message>
        <source>give the switch a name</source>
        <translation>donnez un nom au commutateur</translation>
    </message>
    <message>
        <source>A switch that is not in the catalog, saved in this scenario. It starts from the current switch: change what differs.</source>
        <translation>Un commutateur absent du catalogue, enregistré dans ce scénario. Il part du commutateur actuel&#xa0;: modifiez ce qui diffère.</translation>
    </message>
    <message>
        <source>Custom switch…</source>
        <translation>Commutateur personnalisé…</translation>
    </message>
    <message>
        <source>Define a switch that is not in the catalog, starting from the current one.</source>
        <translation>Définir un commutateur absent du catalogue, à partir de l’actuel.</translation>
    </message>
    <message>
        <source>Edit “{0}”…</source>
        <translation>Modifier «&#xa0;{0}&#xa0;»…</translation>
    </message>
    <message>
        <source>{0} (custom)</source>
        <translation>{0} (personnalisé)</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>Refroidissement</translation>
    </message>
    <message>
        <source>Cooling type from the catalog; picking one also sets its typical PUE and water use.</source>
        <translation>Type de refroidissement du catalogue&#x202f;; le choisir fixe aussi son PUE et sa consommation d’eau typiques.</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Power usage effectiveness: facility power / IT power.</source>
        <translation>Indicateur d’efficacité énergétique (PUE)&#xa0;: puissance du site / puissance informatique.</translation>
    </message>
    <message>
        <source>Water use</source>
        <translation>Consommation d’eau</translation>
    </message>
    <message>
        <source>Build cost</source>
        <translation>Coût de construction</translation>
    </message>
    <message>
        <source>Power supply</source>
        <translation>Alimentation électrique</translation>
    </message>
    <message>
        <source>Average load</source>
        <translation>Charge moyenne</translation>
    </message>
    <message>
        <source>Grid region</source>
        <translation>Réseau électrique</translation>
    </message>
    <message>
        <source>Grid the price and carbon figures come from; picking one sets both.</source>
        <translation>Réseau dont viennent le prix et l’intensité carbone&#x202f;; le choisir fixe les deux.</translation>
    </message>
    <message>
        <source>Grid connection</source>
        <translation>Raccordement au réseau</translation>
    </message>
    <message>
        <source>Power the utility grid can deliver to the site.</source>
        <translation>Puissance que le réseau électrique peut livrer au site.</translation>
    </message>
    <message>
        <source>Grid price</source>
        <translation>Prix de l’électricité</translation>
    </message>
    <message>
        <source>Price of grid electricity, all-in, per MWh.</source>
        <translation>Prix de l’électricité du réseau, tout compris, par MWh.</translation>
    </message>
    <message>
        <source>Grid carbon</source>
        <translation>Carbone du réseau</translation>
    </message>
    <message>
        <source>Carbon intensity of grid electricity, kg CO₂ per MWh.</source>
        <translation>Intensité carbone de l’électricité du réseau, kg de CO₂ par MWh.</translation>
    </message>
    <message>
        <source>On-site turbines</source>
        <translation>Turbines sur site</translation>
    </message>
    <message>
        <source>Capacity of on-site gas turbines, used after the grid.</source>
        <translation>Puissance des turbines à gaz sur site, appelées après le réseau.</translation>
    </message>
    <message>
        <source>Turbine energy cost</source>
        <translation>Coût de l’énergie des turbines</translation>
    </message>
    <message>
        <source>Turbine carbon</source>
        <translation>Carbone des turbines</translation>
    </message>
    <message>
        <source>Carbon intensity of the turbines&apos; electricity, kg CO₂ per MWh.</source>
        <translation>Intensité carbone de l’électricité des turbines, kg de CO₂ par MWh.</translation>
    </message>
    <message>
        <source>Turbine capex</source>
        <translation>Capex des turbines</translation>
    </message>
    <message>
        <source>Capital cost of the turbines per MW installed.</source>
        <translation>Coût d’investissement des turbines par MW installé.</translation>
    </message>
    <message>
        <source>Battery power</source>
        <translation>Puissance des batteries</translation>
    </message>
    <message>
        <source>Power the batteries can deliver to cover peaks.</source>
        <translation>Puissance que les batteries peuvent fournir pour couvrir les pointes.</translation>
    </message>
    <message>
        <source>Battery energy</source>
        <translation>Énergie des batteries</translation>
    </message>
    <message>
        <source>Energy the batteries store.</source>
        <translation>Énergie stockée par les batteries.</translation>
    </message>
    <message>
        <source>Battery capex</source>
        <translation>Capex des batteries</translation>
    </message>
    <message>
        <source>Capital cost of the batteries per MWh of storage.</source>
        <translation>Coût d’investissement des batteries par MWh de stockage.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Usable storage capacity, petabytes.</source>
        <translation>Capacité de stockage utile, en pétaoctets.</translation>
    </message>
    <message>
        <source>Write bandwidth</source>
        <translation>Débit d’écriture</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Capital cost of storage per petabyte.</source>
        <translation>Coût d’investissement du stockage par pétaoctet.</translation>
    </message>
    <message>
        <source>Power drawn by storage per petabyte.</source>
        <translation>Puissance consommée par le stockage par pétaoctet.</translation>
    </message>
    <message>
        <source>Allowed: </source>
        <translation>Autorisé&#xa0;: </translation>
    </message>
    <message>
        <source>Lowest value shows “{0}”: leave it unset.</source>
        <translation>La valeur la plus basse affiche «&#xa0;{0}&#xa0;»&#xa0;: la laisser non définie.</translation>
    </message>
    <message>
        <source>Default: </source>
        <translation>Par défaut&#xa0;: </translation>
    </message>
    <message>
        <source>Source in this scenario: </source>
        <translation>Source dans ce scénario&#xa0;: </translation>
    </message>
    <message>
        <source>Change {0}</source>
        <translation>Modifier {0}</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>The scenario&apos;s title.</source>
        <translation>Le titre du scénario.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What this scenario models and why.</source>
        <translation>Ce que modélise ce scénario, et pourquoi.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>No sources recorded.</source>
        <translation>Aucune source enregistrée.</translation>
    </message>
    <message>
        <source>{0} B parameters</source>
        <translation>{0} Md de paramètres</translation>
    </message>
    <message>
        <source>, {0} B active per token</source>
        <translation>, {0} Md actifs par jeton</translation>
    </message>
    <message>
        <source>Keep the architecture and parameters entered below.</source>
        <translation>Garder l’architecture et les paramètres saisis ci-dessous.</translation>
    </message>
    <message>
        <source>Described below</source>
        <translation>Décrit ci-dessous</translation>
    </message>
    <message>
        <source>Model catalog: {0}</source>
        <translation>Catalogue de modèles&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>A model from the catalog sets the architecture, the sequence length and the parameter counts below, each with its source; “Described below” keeps what is entered. File → Import Model… reads a Hugging Face config.json instead.</source>
        <translation>Un modèle du catalogue fixe l’architecture, la longueur de séquence et les nombres de paramètres ci-dessous, chacun avec sa source&#x202f;; «&#xa0;Décrit ci-dessous&#xa0;» garde ce qui est saisi. Fichier → Importer un modèle… lit plutôt un config.json de Hugging Face.</translation>
    </message>
    <message>
        <source>NVIDIA Quantum InfiniBand</source>
        <translation>NVIDIA Quantum InfiniBand</translation>
    </message>
    <message>
        <source>Standard RoCE Ethernet</source>
        <translation>Ethernet RoCE standard</translation>
    </message>
    <message>
        <source>NVIDIA Spectrum-X Ethernet (adaptive routing)</source>
        <translation>Ethernet NVIDIA Spectrum-X (routage adaptatif)</translation>
    </message>
    <message>
        <source>Servers and racks</source>
        <translation>Serveurs et baies</translation>
    </message>
    <message>
        <source>Accelerators per server</source>
        <translation>Accélérateurs par serveur</translation>
    </message>
    <message>
        <source>Accelerators in one server (node).</source>
        <translation>Accélérateurs dans un serveur (nœud).</translation>
    </message>
    <message>
        <source>Servers per rack</source>
        <translation>Serveurs par baie</translation>
    </message>
    <message>
        <source>Servers (nodes) in one rack.</source>
        <translation>Serveurs (nœuds) dans une baie.</translation>
    </message>
    <message>
        <source>Scale-out fabric</source>
        <translation>Réseau scale-out</translation>
    </message>
    <message>
        <source>Fabric</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Kind of scale-out network between servers.</source>
        <translation>Type de réseau scale-out entre les serveurs.</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Commutateur</translation>
    </message>
    <message>
        <source>The switch of the scale-out fabric: a catalog switch, or “Custom switch…” for one defined in this scenario.</source>
        <translation>Le commutateur du réseau scale-out&#xa0;: un commutateur du catalogue, ou «&#xa0;Commutateur personnalisé…&#xa0;» pour un commutateur défini dans ce scénario.</translation>
    </message>
    <message>
        <source>A switch that is not in the catalog (ports, port speed, power, price), saved in this scenario; it replaces the catalog switch. Pick a catalog switch above to go back.</source>
        <translation>Un commutateur absent du catalogue (ports, débit par port, puissance, prix), enregistré dans ce scénario&#x202f;; il remplace le commutateur du catalogue. Choisissez un commutateur du catalogue ci-dessus pour revenir en arrière.</translation>
    </message>
    <message>
        <source>Link per accelerator</source>
        <translation>Lien par accélérateur</translation>
    </message>
    <message>
        <source>Each chip&apos;s own NICs</source>
        <translation>NIC propres à chaque puce</translation>
    </message>
    <message>
        <source>NIC ports per server</source>
        <translation>Ports NIC par serveur</translation>
    </message>
    <message>
        <source>One per accelerator</source>
        <translation>Un par accélérateur</translation>
    </message>
    <message>
        <source>Planes</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Rail-optimised leaves</source>
        <translation>Feuilles optimisées par rail</translation>
    </message>
    <message>
        <source>Optical links</source>
        <translation>Liens optiques</translation>
    </message>
    <message>
        <source>Pods and oversubscription</source>
        <translation>Pods et sursouscription</translation>
    </message>
    <message>
        <source>Accelerators per pod</source>
        <translation>Accélérateurs par pod</translation>
    </message>
    <message>
        <source>No pods</source>
        <translation>Pas de pods</translation>
    </message>
    <message>
        <source>Leaf oversubscription</source>
        <translation>Sursouscription des feuilles</translation>
    </message>
    <message>
        <source>Above pods</source>
        <translation>Au-dessus des pods</translation>
    </message>
    <message>
        <source>Front-end network</source>
        <translation>Réseau frontal</translation>
    </message>
    <message>
        <source>Per server</source>
        <translation>Par serveur</translation>
    </message>
    <message>
        <source>Oversubscription</source>
        <translation>Sursouscription</translation>
    </message>
    <message>
        <source>Custom accelerator…</source>
        <translation>Accélérateur personnalisé…</translation>
    </message>
    <message>
        <source>Define a chip that is not in the catalog, starting from this pool&apos;s chip.</source>
        <translation>Définir une puce absente du catalogue, à partir de la puce de ce lot.</translation>
    </message>
    <message>
        <source>catalog price</source>
        <translation>prix du catalogue</translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation>Accélérateur</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Price each</source>
        <translation>Prix unit.</translation>
    </message>
    <message>
        <source>A label for this batch of accelerators.</source>
        <translation>Un nom pour ce lot d’accélérateurs.</translation>
    </message>
    <message>
        <source>The chip, from the catalog (hover an entry for its specs and sources), or a custom accelerator defined in this scenario (“Custom accelerator…”).</source>
        <translation>La puce, du catalogue (survolez une entrée pour ses caractéristiques et ses sources), ou un accélérateur personnalisé défini dans ce scénario («&#xa0;Accélérateur personnalisé…&#xa0;»).</translation>
    </message>
    <message>
        <source>Month the pool is installed and running, written YYYY-MM (e.g. 2025-07).</source>
        <translation>Mois où le lot est installé et en service, écrit AAAA-MM (p. ex. 2025-07).</translation>
    </message>
    <message>
        <source>Set to 0 for the catalog price.</source>
        <translation>Mettre 0 pour le prix du catalogue.</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>catalogue</translation>
    </message>
    <message>
        <source>Edit pool {0}</source>
        <translation>Modifier le lot {0}</translation>
    </message>
    <message>
        <source>Add</source>
        <extracomment>the questions this page asks (the custom-accelerator form); tests replace it</extracomment>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a pool after the selected one</source>
        <translation>Ajouter un lot après celui sélectionné</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the selected pool</source>
        <translation>Copier le lot sélectionné</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected pool</source>
        <translation>Retirer le lot sélectionné</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Sur mesure…</translation>
    </message>
    <message>
        <source>Define or edit a custom accelerator for the selected pool, starting from its current chip</source>
        <translation>Définir ou modifier un accélérateur personnalisé pour le lot sélectionné, à partir de sa puce actuelle</translation>
    </message>
    <message>
        <source>Move the selected pool up</source>
        <translation>Monter le lot sélectionné</translation>
    </message>
    <message>
        <source>Move the selected pool down</source>
        <translation>Descendre le lot sélectionné</translation>
    </message>
    <message>
        <source>Change what the pool price covers</source>
        <translation>Changer ce que couvre le prix du lot</translation>
    </message>
    <message>
        <source>Custom accelerator — pool {0} ({1})</source>
        <translation>Accélérateur personnalisé — lot {0} ({1})</translation>
    </message>
    <message>
        <source>Custom accelerator not applied — {0}</source>
        <translation>Accélérateur personnalisé non appliqué — {0}</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>{0}: not in the catalog</source>
        <translation>{0}&#xa0;: absent du catalogue</translation>
    </message>
    <message>
        <source>not supported or unknown</source>
        <translation>non pris en charge ou inconnu</translation>
    </message>
    <message>
        <source>custom accelerator</source>
        <translation>accélérateur personnalisé</translation>
    </message>
    <message>
        <source>custom, from this scenario</source>
        <translation>personnalisé, de ce scénario</translation>
    </message>
    <message>
        <source>Defined in this scenario, not in the catalog. Edit it with “Custom…”; pick a catalog chip in the Accelerator column to go back.</source>
        <translation>Défini dans ce scénario, absent du catalogue. Modifiez-le avec «&#xa0;Sur mesure…&#xa0;»&#x202f;; choisissez une puce du catalogue dans la colonne Accélérateur pour revenir en arrière.</translation>
    </message>
    <message>
        <source>Predicted</source>
        <extracomment>Flags this panel words under its figures (the others belong to the status bar).</extracomment>
        <translation>Prédiction</translation>
    </message>
    <message>
        <source>What the engine predicts for this run from the model, the layout and the cluster; read-only. Empty inputs above are predicted or searched.</source>
        <translation>Ce que le moteur prédit pour cet entraînement à partir du modèle, de la répartition et du cluster&#x202f;; lecture seule. Les entrées laissées vides ci-dessus sont prédites ou recherchées.</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>Model FLOPs utilisation in use: your input, or predicted when the MFU field is empty.</source>
        <translation>Taux d’utilisation des FLOP du modèle (MFU) retenu&#xa0;: votre saisie, ou la prédiction quand le champ MFU est vide.</translation>
    </message>
    <message>
        <source>Per accelerator</source>
        <translation>Par accélérateur</translation>
    </message>
    <message>
        <source>Model FLOPs per second per accelerator of the run (no recomputation counted).</source>
        <translation>FLOP du modèle par seconde et par accélérateur de l’entraînement (recalcul non compté).</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>Tensor · pipeline · data · expert · context parallel sizes: fixed where you set them, else the fastest the search found that fits.</source>
        <translation>Degrés de parallélisme tenseur · pipeline · données · experts · contexte&#xa0;: fixés là où vous les avez saisis, sinon les plus rapides trouvés par la recherche qui tiennent en mémoire.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Ordonnancement</translation>
    </message>
    <message>
        <source>Virtual pipeline stages, micro-batch (sequences), recomputation and ZeRO stage of that layout.</source>
        <translation>Étages virtuels du pipeline, micro-lot (séquences), recalcul et niveau ZeRO de cette répartition.</translation>
    </message>
    <message>
        <source>Step time</source>
        <translation>Durée d’une étape</translation>
    </message>
    <message>
        <source>One optimizer step of that layout, and the tokens it trains.</source>
        <translation>Une étape d’optimisation de cette répartition, et les jetons qu’elle entraîne.</translation>
    </message>
    <message>
        <source>Memory per GPU</source>
        <translation>Mémoire par GPU</translation>
    </message>
    <message>
        <source>Model states (weights, gradients, optimizer) plus activations of the heaviest pipeline stage, against the accelerator&apos;s memory.</source>
        <translation>États du modèle (poids, gradients, optimiseur) plus activations de l’étage de pipeline le plus lourd, comparés à la mémoire de l’accélérateur.</translation>
    </message>
    <message>
        <source>{0} (your input)</source>
        <translation>{0} (votre saisie)</translation>
    </message>
    <message>
        <source>predicted {0}</source>
        <translation>prédit {0}</translation>
    </message>
    <message>
        <source>{0} (predicted)</source>
        <translation>{0} (prédit)</translation>
    </message>
    <message>
        <source>of the {0} peak</source>
        <translation>des {0} de crête</translation>
    </message>
    <message>
        <source>{0} tokens</source>
        <translation>{0} jetons</translation>
    </message>
    <message>
        <source>{0} of {1}: states {2} + activations {3}</source>
        <translation>{0} sur {1}&#xa0;: états {2} + activations {3}</translation>
    </message>
    <message>
        <source>— of {0}</source>
        <translation>— sur {0}</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>ne tient pas</translation>
    </message>
    <message>
        <source>Describe the model&apos;s architecture (at least layers, width, heads and vocabulary) to predict MFU, the layout, the step time and memory.</source>
        <translation>Décrivez l’architecture du modèle (au moins couches, largeur, têtes et vocabulaire) pour prédire le MFU, la répartition, la durée d’étape et la mémoire.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>selective</source>
        <translation>sélectif</translation>
    </message>
    <message>
        <source>full</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>v {0}</source>
        <translation>v {0}</translation>
    </message>
    <message>
        <source>micro-batch {0}</source>
        <translation>micro-lot {0}</translation>
    </message>
    <message>
        <source>recompute {0}</source>
        <translation>recalcul {0}</translation>
    </message>
    <message>
        <source>ZeRO {0}</source>
        <translation>ZeRO {0}</translation>
    </message>
    <message>
        <source>Chip alone (servers added)</source>
        <translation>Puce seule (serveurs ajoutés)</translation>
    </message>
    <message>
        <source>Whole system (server included)</source>
        <translation>Système complet (serveur inclus)</translation>
    </message>
    <message>
        <source>What the price per accelerator covers. “Chip alone”: the accelerator only; the server around it is added as Costs → Server cost factor × the chips&apos; cost. “Whole system”: its share of a whole system with the server included (a DGX/HGX server, an NVL72 rack), so nothing is added.</source>
        <translation>Ce que couvre le prix par accélérateur. «&#xa0;Puce seule&#xa0;»&#xa0;: l’accélérateur uniquement&#x202f;; le serveur qui l’entoure est ajouté comme Coûts → Coefficient de coût serveur × le coût des puces. «&#xa0;Système complet&#xa0;»&#xa0;: sa part d’un système complet serveur inclus (un serveur DGX/HGX, une baie NVL72), donc rien n’est ajouté.</translation>
    </message>
    <message>
        <source>Custom chip&apos;s ({0})</source>
        <translation>Celui de la puce personnalisée ({0})</translation>
    </message>
    <message>
        <source>Catalog&apos;s ({0})</source>
        <translation>Celui du catalogue ({0})</translation>
    </message>
    <message>
        <source>Set for this pool: {0}.</source>
        <translation>Fixé pour ce lot&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>The custom chip&apos;s: {0}.</source>
        <translation>Celui de la puce personnalisée&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>The catalog&apos;s for this chip: {0}.</source>
        <translation>Celui du catalogue pour cette puce&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Failures and spares</source>
        <translation>Pannes et rechanges</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Taux de panne</translation>
    </message>
    <message>
        <source>/GPU·yr</source>
        <translation>/GPU·an</translation>
    </message>
    <message>
        <source>Hot spares</source>
        <translation>Rechanges à chaud</translation>
    </message>
    <message>
        <source>Failure simulation</source>
        <translation>Simulation des pannes</translation>
    </message>
    <message>
        <source>Planned maintenance</source>
        <translation>Maintenance planifiée</translation>
    </message>
    <message>
        <source>Repair time</source>
        <translation>Durée de réparation</translation>
    </message>
    <message>
        <source>h</source>
        <translation>h</translation>
    </message>
    <message>
        <source>Degraded running</source>
        <translation>Marche dégradée</translation>
    </message>
    <message>
        <source>Train on fewer replicas</source>
        <translation>Moins de répliques</translation>
    </message>
    <message>
        <source>Causes of unexpected interruptions</source>
        <translation>Causes des interruptions imprévues</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>HBM memory</source>
        <translation>Mémoire HBM</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>16-bit brain floating point</source>
        <translation>Virgule flottante «&#xa0;brain&#xa0;» 16 bits</translation>
    </message>
    <message>
        <source>8-bit floating point matrix multiplications; weights, gradients and optimizer states stay in BF16/FP32 (BF16 rate where the chip has no FP8)</source>
        <translation>Produits matriciels en virgule flottante 8 bits&#x202f;; poids, gradients et états de l’optimiseur restent en BF16/FP32 (débit BF16 si la puce n’a pas de FP8)</translation>
    </message>
    <message>
        <source>4-bit floating point matrix multiplications; the rest as in BF16 mixed precision (FP8 or BF16 rate where unsupported)</source>
        <translation>Produits matriciels en virgule flottante 4 bits&#x202f;; le reste comme en précision mixte BF16 (débit FP8 ou BF16 s’il n’est pas pris en charge)</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>The layout search picks the fastest policy that fits in memory.</source>
        <translation>La recherche de répartition choisit la stratégie la plus rapide qui tient en mémoire.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Keep every activation: fastest, most memory.</source>
        <translation>Garder toutes les activations&#xa0;: le plus rapide, le plus gourmand en mémoire.</translation>
    </message>
    <message>
        <source>Selective</source>
        <translation>Sélectif</translation>
    </message>
    <message>
        <source>Recompute the attention core only (Korthikanti et al. 2022).</source>
        <translation>Recalculer seulement le cœur de l’attention (Korthikanti et al. 2022).</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Complet</translation>
    </message>
    <message>
        <source>Keep only each layer&apos;s input and recompute the layer in the backward pass.</source>
        <translation>Garder seulement l’entrée de chaque couche et recalculer la couche pendant la rétropropagation.</translation>
    </message>
    <message>
        <source>The layout search picks the stage.</source>
        <translation>La recherche de répartition choisit le niveau.</translation>
    </message>
    <message>
        <source>0 — replicated</source>
        <translation>0 — répliqué</translation>
    </message>
    <message>
        <source>Every data-parallel replica holds all weights, gradients and optimizer states.</source>
        <translation>Chaque réplique du parallélisme de données détient tous les poids, gradients et états de l’optimiseur.</translation>
    </message>
    <message>
        <source>1 — optimizer states</source>
        <translation>1 — états de l’optimiseur</translation>
    </message>
    <message>
        <source>Optimizer states sharded over data parallel (Megatron&apos;s distributed optimizer).</source>
        <translation>États de l’optimiseur partitionnés sur le parallélisme de données (optimiseur distribué de Megatron).</translation>
    </message>
    <message>
        <source>2 — and gradients</source>
        <translation>2 — et gradients</translation>
    </message>
    <message>
        <source>Optimizer states and gradients sharded.</source>
        <translation>États de l’optimiseur et gradients partitionnés.</translation>
    </message>
    <message>
        <source>3 — and weights</source>
        <translation>3 — et poids</translation>
    </message>
    <message>
        <source>Optimizer states, gradients and weights sharded (FSDP).</source>
        <translation>États de l’optimiseur, gradients et poids partitionnés (FSDP).</translation>
    </message>
    <message>
        <source>Run name</source>
        <translation>Nom de l’entraînement</translation>
    </message>
    <message>
        <source>A label for the training run.</source>
        <translation>Un nom pour l’entraînement.</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>Jetons d’entraînement</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Sequence length</source>
        <translation>Longueur de séquence</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>jetons</translation>
    </message>
    <message>
        <source>Unset</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Global batch</source>
        <translation>Lot global</translation>
    </message>
    <message>
        <source>Fused kernels</source>
        <translation>Noyaux fusionnés</translation>
    </message>
    <message>
        <source>FlashAttention, fused element-wise</source>
        <translation>FlashAttention, fusions</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>B</source>
        <translation>Md</translation>
    </message>
    <message>
        <source>Active parameters</source>
        <translation>Paramètres actifs</translation>
    </message>
    <message>
        <source>From the shape</source>
        <translation>D’après la forme</translation>
    </message>
    <message>
        <source>Parameters each token uses (MoE), billions; empty = counted from the architecture when it is complete, else all of them (dense).</source>
        <translation>Paramètres utilisés par chaque jeton (MoE), en milliards&#x202f;; vide = comptés d’après l’architecture quand elle est complète, sinon tous (dense).</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>Dimension cachée</translation>
    </message>
    <message>
        <source>MLP width</source>
        <translation>Largeur du MLP</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabulaire</translation>
    </message>
    <message>
        <source>Tokens in the vocabulary (embedding rows).</source>
        <translation>Jetons du vocabulaire (lignes de la table de plongement).</translation>
    </message>
    <message>
        <source>Tied embeddings</source>
        <translation>Plongements liés</translation>
    </message>
    <message>
        <source>input and output share one matrix</source>
        <translation>entrée et sortie partagées</translation>
    </message>
    <message>
        <source>Gated MLP</source>
        <translation>MLP à porte</translation>
    </message>
    <message>
        <source>SwiGLU (three matrices)</source>
        <translation>SwiGLU (trois matrices)</translation>
    </message>
    <message>
        <source>Attention heads</source>
        <translation>Têtes d’attention</translation>
    </message>
    <message>
        <source>Query heads per layer.</source>
        <translation>Têtes de requête par couche.</translation>
    </message>
    <message>
        <source>Key/value heads</source>
        <translation>Têtes clé/valeur</translation>
    </message>
    <message>
        <source>One per head</source>
        <translation>Une par tête</translation>
    </message>
    <message>
        <source>Head width</source>
        <translation>Largeur de tête</translation>
    </message>
    <message>
        <source>Hidden / heads</source>
        <translation>Dimension cachée / têtes</translation>
    </message>
    <message>
        <source>Routed experts</source>
        <translation>Experts routés</translation>
    </message>
    <message>
        <source>Dense</source>
        <translation>Dense</translation>
    </message>
    <message>
        <source>Experts per token</source>
        <translation>Experts par jeton</translation>
    </message>
    <message>
        <source>Expert MLP width</source>
        <translation>Largeur du MLP expert</translation>
    </message>
    <message>
        <source>Shared experts</source>
        <translation>Experts partagés</translation>
    </message>
    <message>
        <source>Leading dense layers</source>
        <translation>Couches denses initiales</translation>
    </message>
    <message>
        <source>Query rank</source>
        <translation>Rang des requêtes</translation>
    </message>
    <message>
        <source>Key/value rank</source>
        <translation>Rang clé/valeur</translation>
    </message>
    <message>
        <source>Query/key width (no RoPE)</source>
        <translation>Largeur requête/clé (sans RoPE)</translation>
    </message>
    <message>
        <source>MLA: per-head query/key width without rotary position embedding.</source>
        <translation>MLA&#xa0;: largeur requête/clé par tête sans plongement positionnel rotatif.</translation>
    </message>
    <message>
        <source>Query/key width (RoPE)</source>
        <translation>Largeur requête/clé (RoPE)</translation>
    </message>
    <message>
        <source>MLA: per-head query/key width carrying rotary position embedding.</source>
        <translation>MLA&#xa0;: largeur requête/clé par tête portant le plongement positionnel rotatif.</translation>
    </message>
    <message>
        <source>Value width</source>
        <translation>Largeur des valeurs</translation>
    </message>
    <message>
        <source>MLA: per-head value width.</source>
        <translation>MLA&#xa0;: largeur des valeurs par tête.</translation>
    </message>
    <message>
        <source>Architecture: layers and width</source>
        <translation>Architecture&#xa0;: couches et largeur</translation>
    </message>
    <message>
        <source>Architecture: attention</source>
        <translation>Architecture&#xa0;: attention</translation>
    </message>
    <message>
        <source>Architecture: mixture of experts</source>
        <translation>Architecture&#xa0;: mélange d’experts</translation>
    </message>
    <message>
        <source>Architecture: multi-head latent attention (MLA)</source>
        <translation>Architecture&#xa0;: attention latente multitête (MLA)</translation>
    </message>
    <message>
        <source>Tensor parallel (TP)</source>
        <translation>Parallélisme tenseur (TP)</translation>
    </message>
    <message>
        <source>Pipeline stages (PP)</source>
        <translation>Étages de pipeline (PP)</translation>
    </message>
    <message>
        <source>Data parallel (DP)</source>
        <translation>Parallélisme de données (DP)</translation>
    </message>
    <message>
        <source>Expert parallel (EP)</source>
        <translation>Parallélisme d’experts (EP)</translation>
    </message>
    <message>
        <source>Context parallel (CP)</source>
        <translation>Parallélisme de contexte (CP)</translation>
    </message>
    <message>
        <source>Virtual stages (v)</source>
        <translation>Étages virtuels (v)</translation>
    </message>
    <message>
        <source>Micro-batch</source>
        <translation>Micro-lot</translation>
    </message>
    <message>
        <source>sequences</source>
        <translation>séquences</translation>
    </message>
    <message>
        <source>Recomputation</source>
        <translation>Recalcul</translation>
    </message>
    <message>
        <source>ZeRO stage</source>
        <translation>Niveau ZeRO</translation>
    </message>
    <message>
        <source>blocking (training stops for the write)</source>
        <translation>bloquant (l’entraînement s’arrête pendant l’écriture)</translation>
    </message>
    <message>
        <source>Training waits while the checkpoint is written to storage.</source>
        <translation>L’entraînement attend pendant l’écriture du point de reprise sur le stockage.</translation>
    </message>
    <message>
        <source>asynchronous (snapshot, then upload)</source>
        <translation>asynchrone (instantané, puis envoi)</translation>
    </message>
    <message>
        <source>Training stops only for a snapshot to host memory; the upload runs in the background (MegaScale).</source>
        <translation>L’entraînement ne s’arrête que pour un instantané en mémoire de l’hôte&#x202f;; l’envoi se fait en arrière-plan (MegaScale).</translation>
    </message>
    <message>
        <source>Accelerators used</source>
        <translation>Accélérateurs utilisés</translation>
    </message>
    <message>
        <source>whole cluster</source>
        <translation>tout le cluster</translation>
    </message>
    <message>
        <source>Checkpoint size</source>
        <translation>Taille du point de reprise</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>Checkpoint interval</source>
        <translation>Intervalle entre points de reprise</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>auto (Young–Daly)</source>
        <translation>auto (Young–Daly)</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Points de reprise</translation>
    </message>
    <message>
        <source>Snapshot time</source>
        <translation>Durée de l’instantané</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Restart time</source>
        <translation>Durée de redémarrage</translation>
    </message>
    <message>
        <source>Rental price</source>
        <translation>Prix de location</translation>
    </message>
    <message>
        <source>own cluster cost</source>
        <translation>coût du cluster en propre</translation>
    </message>
    <message>
        <source>Training run</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Taille du modèle</translation>
    </message>
    <message>
        <source>Parallelism (empty = searched)</source>
        <translation>Parallélisme (vide = recherché)</translation>
    </message>
    <message>
        <source>Job and checkpoints</source>
        <translation>Tâche et points de reprise</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Build-out timeline</source>
        <translation>Calendrier de déploiement</translation>
    </message>
    <message>
        <source>Installed accelerators</source>
        <translation>Accélérateurs installés</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>Accélérateurs</translation>
    </message>
    <message>
        <source>Facility power (average)</source>
        <translation>Puissance du site (moyenne)</translation>
    </message>
    <message>
        <source>Power (avg)</source>
        <translation>Puissance (moy.)</translation>
    </message>
    <message>
        <source>facility, average</source>
        <translation>site, moyenne</translation>
    </message>
    <message>
        <source>Cumulative capex (US$)</source>
        <translation>Capex cumulé (US$)</translation>
    </message>
    <message>
        <source>Facility power, average</source>
        <translation>Puissance du site, moyenne</translation>
    </message>
    <message>
        <source>Month (UTC)</source>
        <translation>Mois (UTC)</translation>
    </message>
    <message>
        <source>Facility power</source>
        <translation>Puissance du site</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <source>Cumulative capex</source>
        <translation>Capex cumulé</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>Capex</translation>
    </message>
    <message>
        <source>accelerators</source>
        <translation>accélérateurs</translation>
    </message>
    <message>
        <source>capex to date</source>
        <translation>capex à date</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Power plant</source>
        <translation>Centrale électrique</translation>
    </message>
    <message>
        <source>Capex by category</source>
        <translation>Capex par catégorie</translation>
    </message>
    <message>
        <source>Capex (US$)</source>
        <translation>Capex (US$)</translation>
    </message>
    <message>
        <source>total {0}</source>
        <translation>total {0}</translation>
    </message>
    <message>
        <source>Time to train vs accelerators used</source>
        <extracomment>Scenario colours in order (Okabe–Ito, distinguishable with the common colour blindnesses); the first is the theme&apos;s primary line colour, the last the theme&apos;s foreground.</extracomment>
        <translation>Durée selon les accélérateurs</translation>
    </message>
    <message>
        <source>Time to train (days)</source>
        <translation>Durée d’entraînement (jours)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Accelerators the run uses</source>
        <translation>Accélérateurs utilisés par l’entraînement</translation>
    </message>
    <message>
        <source>the same model on each</source>
        <translation>le même modèle sur chacun</translation>
    </message>
    <message>
        <source>each scenario&apos;s own run</source>
        <translation>l’entraînement propre à chaque scénario</translation>
    </message>
    <message>
        <source>Cost per year</source>
        <translation>Coût annuel</translation>
    </message>
    <message>
        <source>Cost per year (US$)</source>
        <translation>Coût annuel (US$)</translation>
    </message>
    <message>
        <source>US$ per year</source>
        <translation>US$ par an</translation>
    </message>
    <message>
        <source>Year of operation</source>
        <translation>Année d’exploitation</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>log scale: depreciation, capital, energy, maintenance, staff</source>
        <translation>échelle log.&#xa0;: amortissement, capital, énergie, maintenance, personnel</translation>
    </message>
    <message>
        <source>Facility power (MW)</source>
        <translation>Puissance du site (MW)</translation>
    </message>
    <message>
        <source>MW</source>
        <translation>MW</translation>
    </message>
    <message>
        <source>Average (dot) and peak (bar)</source>
        <translation>Moyenne (point) et pointe (barre)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>échelle log.</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Depreciation</source>
        <translation>Amortissement</translation>
    </message>
    <message>
        <source>Cost of capital</source>
        <translation>Coût du capital</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Capital</source>
        <translation>Capital</translation>
    </message>
    <message>
        <source>Maint.</source>
        <translation>Maint.</translation>
    </message>
    <message>
        <source>Cost per year over the horizon</source>
        <translation>Coût annuel sur l’horizon</translation>
    </message>
    <message>
        <source>P10–P90 (uncertainty)</source>
        <translation>P10–P90 (incertitude)</translation>
    </message>
    <message>
        <source>P10–P90</source>
        <translation>P10–P90</translation>
    </message>
    <message>
        <source>{0} years, {1} in total</source>
        <translation>{0} ans, {1} au total</translation>
    </message>
    <message>
        <source>One simulated run</source>
        <translation>Un entraînement simulé</translation>
    </message>
    <message>
        <source>Work kept</source>
        <translation>Travail conservé</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservé</translation>
    </message>
    <message>
        <source>Wall-clock days</source>
        <translation>Jours calendaires</translation>
    </message>
    <message>
        <source>Work kept (replica 1)</source>
        <translation>Travail conservé (réplique 1)</translation>
    </message>
    <message>
        <source>Analytic (Daly): {0} goodput, {1} days</source>
        <translation>Analytique (Daly)&#xa0;: goodput {0}, {1} jours</translation>
    </message>
    <message>
        <source>Daly {0}</source>
        <translation>Daly {0}</translation>
    </message>
    <message>
        <source> (one in {0} shown)</source>
        <translation> (un sur {0} affiché)</translation>
    </message>
    <message>
        <source>Failures: {0}</source>
        <translation>Pannes&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Pannes</translation>
    </message>
    <message>
        <source>Planned maintenance: {0}</source>
        <translation>Maintenance planifiée&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Restarts (training resumes): {0}</source>
        <translation>Redémarrages (reprise de l’entraînement)&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Checkpoints: {0}</source>
        <translation>Points de reprise&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Points de reprise</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>stopped unfinished at the cap</source>
        <translation>arrêté inachevé à la limite</translation>
    </message>
    <message>
        <source>Rework</source>
        <translation>Travail refait</translation>
    </message>
    <message>
        <source>No spare</source>
        <translation>Sans rechange</translation>
    </message>
    <message>
        <source>Fewer replicas</source>
        <translation>Moins de répliques</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Restarts</source>
        <extracomment>the causes&apos; short names, for a chart too narrow for the full ones</extracomment>
        <translation>Redémarrages</translation>
    </message>
    <message>
        <source>Rework since the last checkpoint</source>
        <translation>Travail refait depuis le dernier point de reprise</translation>
    </message>
    <message>
        <source>Checkpoints (blocking part)</source>
        <translation>Points de reprise (partie bloquante)</translation>
    </message>
    <message>
        <source>Waiting for a node (no spare)</source>
        <translation>Attente d’un nœud (aucune rechange)</translation>
    </message>
    <message>
        <source>Running on fewer replicas</source>
        <translation>Marche sur moins de répliques</translation>
    </message>
    <message>
        <source>Time lost by cause (mean)</source>
        <translation>Temps perdu par cause (moyenne)</translation>
    </message>
    <message>
        <source>Days lost</source>
        <translation>Jours perdus</translation>
    </message>
    <message>
        <source>Mean days lost per run</source>
        <translation>Jours perdus en moyenne par entraînement</translation>
    </message>
    <message>
        <source>2-D sweep</source>
        <translation>Balayage 2D</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} à {1}</translation>
    </message>
    <message>
        <source>This scenario</source>
        <translation>Ce scénario</translation>
    </message>
    <message>
        <source>Contours of {0}</source>
        <translation>Isolignes de {0}</translation>
    </message>
    <message>
        <source>Contours</source>
        <translation>Isolignes</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>{0} samples</source>
        <translation>{0} tirages</translation>
    </message>
    <message>
        <source>P10, P50, P90</source>
        <translation>P10, P50, P90</translation>
    </message>
    <message>
        <source>This scenario (no uncertainty)</source>
        <translation>Ce scénario (sans incertitude)</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Share of samples</source>
        <translation>Part des tirages</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Samples per bin</source>
        <translation>Tirages par classe</translation>
    </message>
    <message>
        <source>Cumulative distribution</source>
        <translation>Fonction de répartition</translation>
    </message>
    <message>
        <source>Probability of a value at or below x</source>
        <translation>Probabilité d’une valeur inférieure ou égale à x</translation>
    </message>
    <message>
        <source>P(≤ x)</source>
        <translation>P(≤ x)</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Part cumulée</translation>
    </message>
    <message>
        <source>of samples at or below</source>
        <translation>des tirages sont inférieurs ou égaux à</translation>
    </message>
    <message>
        <source>Training</source>
        <extracomment>the symbol of each kind of figure (pyqtgraph names): model, identity check, conflict y ticks, most important first: a tick is labelled only if it clears the ones before it</extracomment>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Each point is one published figure. y = model ÷ published (log), so the parity line y = x is the line at ×1 and the shaded bands are ±10% and ±30%. x groups the figures by category, ordered by published value within each (their units differ: FLOP, MW, US$, shares). Diamonds are identity checks: an input was derived from the same figure. Triangles are conflicting figures: sources disagree or the figure is ambiguous (see the table for the decision). Squares are the throughput calibration rows the step-time model was fitted on.</source>
        <translation>Chaque point est un chiffre publié. y = modèle ÷ publié (log.), donc la droite de parité y = x est la ligne à ×1 et les bandes ombrées sont à ±10&#x202f;% et ±30&#x202f;%. x regroupe les chiffres par catégorie, triés par valeur publiée dans chacune (leurs unités diffèrent&#xa0;: FLOP, MW, US$, parts). Les losanges sont des contrôles d’identité&#xa0;: une entrée a été tirée du même chiffre. Les triangles sont des chiffres contradictoires&#xa0;: les sources divergent ou le chiffre est ambigu (voir la décision dans le tableau). Les carrés sont les lignes de calibration du débit sur lesquelles le modèle de durée d’étape a été ajusté.</translation>
    </message>
    <message>
        <source>Model vs published</source>
        <translation>Modèle et chiffres publiés</translation>
    </message>
    <message>
        <source>Model ÷ published (log)</source>
        <translation>Modèle ÷ publié (log.)</translation>
    </message>
    <message>
        <source>Model ÷ published</source>
        <translation>Modèle ÷ publié</translation>
    </message>
    <message>
        <source>Published figures by category, in order of published value</source>
        <translation>Chiffres publiés par catégorie, par valeur publiée</translation>
    </message>
    <message>
        <source>Figures by category</source>
        <translation>Chiffres par catégorie</translation>
    </message>
    <message>
        <source>Within tolerance</source>
        <translation>Dans la tolérance</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Dedans</translation>
    </message>
    <message>
        <source>Outside tolerance</source>
        <translation>Hors tolérance</translation>
    </message>
    <message>
        <source>Outside</source>
        <translation>Hors</translation>
    </message>
    <message>
        <source>Identity check (not in the median)</source>
        <translation>Contrôle d’identité (hors médiane)</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Contrôle d’identité</translation>
    </message>
    <message>
        <source>Conflicting figure (not in the median)</source>
        <translation>Chiffre contradictoire (hors médiane)</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Throughput calibration row (not in the median)</source>
        <translation>Ligne de calibration du débit (hors médiane)</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <source>Parity (model = published)</source>
        <translation>Parité (modèle = publié)</translation>
    </message>
    <message>
        <source>Parity</source>
        <translation>Parité</translation>
    </message>
    <message>
        <source>±10%</source>
        <translation>±10&#x202f;%</translation>
    </message>
    <message>
        <source>±30%</source>
        <translation>±30&#x202f;%</translation>
    </message>
    <message>
        <source>Between categories</source>
        <translation>Entre catégories</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>median error {0} over {1} figures, {2} outside tolerance</source>
        <translation>erreur médiane {0} sur {1} chiffres, {2} hors tolérance</translation>
    </message>
    <message>
        <source>within</source>
        <translation>dans la tolérance</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>hors tolérance</translation>
    </message>
    <message>
        <source>Identity check: an input was derived from this figure</source>
        <translation>Contrôle d’identité&#xa0;: une entrée a été tirée de ce chiffre</translation>
    </message>
    <message>
        <source>Calibration row: the step-time model&apos;s constants were fitted on it</source>
        <translation>Ligne de calibration&#xa0;: les constantes du modèle de durée d’étape y ont été ajustées</translation>
    </message>
    <message>
        <source>Conflicting figure, not in the median. Decision: {0}</source>
        <translation>Chiffre contradictoire, hors médiane. Décision&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Model vs published: {0} published figures held against the engine</source>
        <translation>Modèle et chiffres publiés&#xa0;: {0} chiffres publiés confrontés au moteur</translation>
    </message>
    <message>
        <source>Each figure&apos;s publisher, quote and tolerance: Colossus Desktop, Help → Model vs published.</source>
        <translation>Éditeur, citation et tolérance de chaque chiffre&#xa0;: Colossus Desktop, Aide → Modèle et chiffres publiés.</translation>
    </message>
    <message>
        <source>y = model ÷ published (×1 = parity), bands ±10% and ±30%; x = figures by category, by published value.</source>
        <translation>y = modèle ÷ publié (×1 = parité), bandes à ±10&#x202f;% et ±30&#x202f;%&#x202f;; x = chiffres par catégorie, par valeur publiée.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Demand (avg)</source>
        <translation>Demande (moy.)</translation>
    </message>
    <message>
        <source>Served (avg)</source>
        <translation>Fournie (moy.)</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Fournie</translation>
    </message>
    <message>
        <source>Accel.</source>
        <translation>Accél.</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>Refroidissement</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Pointe</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hôtes</translation>
    </message>
    <message>
        <source>Cooling &amp; losses (PUE)</source>
        <translation>Refroidissement et pertes (PUE)</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Réseau élec.</translation>
    </message>
    <message>
        <source>Turbines</source>
        <translation>Turbines</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Déficit</translation>
    </message>
    <message>
        <source>Batteries</source>
        <translation>Batteries</translation>
    </message>
    <message>
        <source>Power: demand and supply</source>
        <translation>Puissance&#xa0;: demande et offre</translation>
    </message>
    <message>
        <source>Average demand, how it is served, and installed supply</source>
        <translation>Demande moyenne, sa couverture, et offre installée</translation>
    </message>
    <message>
        <source>Demand and supply</source>
        <translation>Demande et offre</translation>
    </message>
    <message>
        <source>Peak demand</source>
        <translation>Demande de pointe</translation>
    </message>
    <message>
        <source>facility {0} avg, {1} peak</source>
        <translation>site {0} en moyenne, {1} en pointe</translation>
    </message>
    <message>
        <source>Reliability vs cluster size</source>
        <translation>Fiabilité selon la taille du cluster</translation>
    </message>
    <message>
        <source>Interruptions per day</source>
        <translation>Interruptions par jour</translation>
    </message>
    <message>
        <source>Interruptions/day</source>
        <translation>Interruptions/jour</translation>
    </message>
    <message>
        <source>Goodput (%)</source>
        <translation>Goodput (%)</translation>
    </message>
    <message>
        <source>Cluster size (accelerators)</source>
        <translation>Cluster (accélérateurs)</translation>
    </message>
    <message>
        <source>Goodput</source>
        <translation>Goodput</translation>
    </message>
    <message>
        <source>Goodput collapse (below 50%)</source>
        <translation>Effondrement du goodput (sous 50&#x202f;%)</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Effondrement</translation>
    </message>
    <message>
        <source>this scenario: {0}/day, goodput {1}</source>
        <translation>ce scénario&#xa0;: {0}/jour, goodput {1}</translation>
    </message>
    <message>
        <source>Interruptions</source>
        <translation>Interruptions</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>one every</source>
        <translation>une toutes les</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Recomputation</source>
        <translation>Recalcul</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>Recalcul</translation>
    </message>
    <message>
        <source>Tensor-parallel comms</source>
        <translation>Comm. parallélisme tenseur</translation>
    </message>
    <message>
        <source>TP</source>
        <translation>TP</translation>
    </message>
    <message>
        <source>Pipeline bubble</source>
        <translation>Bulle de pipeline</translation>
    </message>
    <message>
        <source>Bubble</source>
        <translation>Bulle</translation>
    </message>
    <message>
        <source>Data-parallel comms</source>
        <translation>Comm. parallélisme de données</translation>
    </message>
    <message>
        <source>DP</source>
        <translation>DP</translation>
    </message>
    <message>
        <source>Expert all-to-all</source>
        <translation>All-to-all des experts</translation>
    </message>
    <message>
        <source>EP</source>
        <translation>EP</translation>
    </message>
    <message>
        <source>Context-parallel ring</source>
        <translation>Anneau du parallélisme de contexte</translation>
    </message>
    <message>
        <source>CP</source>
        <translation>CP</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>selective</source>
        <translation>sélectif</translation>
    </message>
    <message>
        <source>full</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>No layout to compare: describe the model&apos;s
architecture on the Workload page</source>
        <translation>Aucune répartition à comparer&#xa0;: décrivez
l’architecture du modèle à la page Charge de travail</translation>
    </message>
    <message>
        <source>Step time by layout</source>
        <extracomment>flags that leave no layout to draw although the model has a shape: said instead of NO_SHAPE</extracomment>
        <translation>Durée d’étape par répartition</translation>
    </message>
    <message>
        <source>Seconds per optimizer step</source>
        <translation>Secondes par étape d’optimisation</translation>
    </message>
    <message>
        <source>s per step</source>
        <translation>s par étape</translation>
    </message>
    <message>
        <source>needs the model&apos;s shape</source>
        <translation>il faut la forme du modèle</translation>
    </message>
    <message>
        <source>no layout runs</source>
        <translation>aucune répartition ne tourne</translation>
    </message>
    <message>
        <source>no layout fits in memory</source>
        <translation>aucune répartition ne tient en mémoire</translation>
    </message>
    <message>
        <source>chosen: {0} per step</source>
        <translation>retenue&#xa0;: {0} par étape</translation>
    </message>
    <message>
        <source>No layout runs:</source>
        <translation>Aucune répartition ne tourne&#x202f;:</translation>
    </message>
    <message>
        <source>Chosen layout</source>
        <translation>Répartition retenue</translation>
    </message>
    <message>
        <source>Alternative {0}</source>
        <translation>Variante {0}</translation>
    </message>
    <message>
        <source>Step time</source>
        <translation>Durée d’une étape</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Balayage</translation>
    </message>
    <message>
        <source>this scenario: {0}</source>
        <translation>ce scénario&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Swept</source>
        <translation>Balayé</translation>
    </message>
    <message>
        <source>Time to train vs cluster size</source>
        <translation>Durée selon la taille du cluster</translation>
    </message>
    <message>
        <source>Wall-clock, with failures</source>
        <translation>Durée réelle, pannes comprises</translation>
    </message>
    <message>
        <source>Wall-clock</source>
        <translation>Durée réelle</translation>
    </message>
    <message>
        <source>Ideal compute, no failures</source>
        <translation>Calcul idéal, sans pannes</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>Idéal</translation>
    </message>
    <message>
        <source>Time lost to failures</source>
        <translation>Temps perdu à cause des pannes</translation>
    </message>
    <message>
        <source>Lost to failures</source>
        <translation>Perdu en pannes</translation>
    </message>
    <message>
        <source>No finite time to train at any size.</source>
        <translation>Aucune durée d’entraînement finie, quelle que soit la taille.</translation>
    </message>
    <message>
        <source>(P10–P90 {0} – {1})</source>
        <translation>(P10–P90 {0} – {1})</translation>
    </message>
    <message>
        <source>Ideal compute</source>
        <translation>Calcul idéal</translation>
    </message>
    <message>
        <source>goodput</source>
        <translation>goodput</translation>
    </message>
    <message>
        <source>Tornado</source>
        <extracomment>rows drawn at most, fewer when the chart is short (two lines of axis text each must fit); the rest (the smallest swings) are counted in the title, and the table lists them all</extracomment>
        <translation>Tornade</translation>
    </message>
    <message>
        <source>base {0}</source>
        <translation>base {0}</translation>
    </message>
    <message>
        <source>{0} largest of {1} inputs</source>
        <translation>les {0} plus fortes de {1} entrées</translation>
    </message>
    <message>
        <source>Input at its low end</source>
        <translation>Entrée à sa borne basse</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bas</translation>
    </message>
    <message>
        <source>Input at its high end</source>
        <translation>Entrée à sa borne haute</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haut</translation>
    </message>
    <message>
        <source>Base (the scenario&apos;s own values)</source>
        <translation>Base (les valeurs propres au scénario)</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Swing</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Stale: fix the highlighted field</source>
        <translation>Périmé&#xa0;: corrigez le champ en surbrillance</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>own cost</source>
        <translation>du coût propre</translation>
    </message>
    <message>
        <source>{0} billion {1}</source>
        <translation>{0} milliards {1}</translation>
    </message>
    <message>
        <source>{0} million {1}</source>
        <translation>{0} millions {1}</translation>
    </message>
    <message>
        <source>  (reference)</source>
        <translation>  (référence)</translation>
    </message>
    <message>
        <source>rental {0} USD/GPU-h</source>
        <translation>de la location, {0} USD/h-GPU</translation>
    </message>
    <message>
        <source>the run uses {0} of {1} accelerators; its hours priced at {2}</source>
        <translation>l’entraînement utilise {0} des {1} accélérateurs&#x202f;; ses heures au prix {2}</translation>
    </message>
    <message>
        <source>Same model on each: {0} (every column priced at its own cost per GPU-hour)</source>
        <translation>Même modèle partout&#xa0;: {0} (chaque colonne au prix de sa propre heure-GPU)</translation>
    </message>
    <message>
        <source>Uncertainty: P10 - P50 - P90 of {0} Monte Carlo samples (seed {1}), ratios sample by sample</source>
        <translation>Incertitude&#xa0;: P10 - P50 - P90 sur {0} tirages de Monte-Carlo (graine {1}), rapports tirage par tirage</translation>
    </message>
    <message>
        <source>MFU predicted by the model and not sampled for {0}: these bands leave out the throughput model&apos;s own error (docs/validation.md)</source>
        <translation>MFU prédit par le modèle et non tiré pour {0}&#xa0;: ces fourchettes omettent l’erreur propre du modèle de débit (docs/validation.md)</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>rapport</translation>
    </message>
    <message>
        <source>/yr</source>
        <translation>/an</translation>
    </message>
    <message>
        <source>, {0} rank correlations</source>
        <translation>, {0} corrélations de rang</translation>
    </message>
    <message>
        <source>Monte Carlo of {0}: {1} samples (Latin hypercube), seed {2}, {3} uncertain inputs</source>
        <translation>Monte-Carlo de {0}&#xa0;: {1} tirages (hypercube latin), graine {2}, {3} entrées incertaines</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Tornado: {0} (scenario {1}), largest swing first</source>
        <translation>Tornade&#xa0;: {0} (scénario {1}), plus grand écart d’abord</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Low → high</source>
        <translation>Bas → haut</translation>
    </message>
    <message>
        <source>Swing</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>{0}: {1} simulated runs, seed {2}</source>
        <translation>{0}&#xa0;: {1} entraînements simulés, graine {2}</translation>
    </message>
    <message>
        <source>ETTR</source>
        <translation>ETTR</translation>
    </message>
    <message>
        <source>(analytic Daly goodput {0})</source>
        <translation>(goodput analytique de Daly {0})</translation>
    </message>
    <message>
        <source>wall-clock days</source>
        <translation>jours réels</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>inachevés</translation>
    </message>
    <message>
        <source>{0} of runs stopped at 10x the failure-free time</source>
        <translation>{0} des entraînements arrêtés à 10 fois la durée sans panne</translation>
    </message>
    <message>
        <source>interruptions</source>
        <translation>interruptions</translation>
    </message>
    <message>
        <source>(total {0})</source>
        <translation>(total {0})</translation>
    </message>
    <message>
        <source>days lost</source>
        <translation>jours perdus</translation>
    </message>
    <message>
        <source>gpu</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>hbm</source>
        <translation>HBM</translation>
    </message>
    <message>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>software</source>
        <translation>logiciel</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planifiées</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>redémarrage</translation>
    </message>
    <message>
        <source>rework</source>
        <translation>travail refait</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>point de reprise</translation>
    </message>
    <message>
        <source>wait</source>
        <translation>attente</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>dégradé</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>selective</source>
        <translation>sélectif</translation>
    </message>
    <message>
        <source>full</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Grappe de GPU</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>Accélérateurs</translation>
    </message>
    <message>
        <source>Used for training</source>
        <translation>Utilisés pour l’entraînement</translation>
    </message>
    <message>
        <source>Peak dense BF16</source>
        <translation>Crête dense BF16</translation>
    </message>
    <message>
        <source>Peak dense FP8</source>
        <translation>Crête dense FP8</translation>
    </message>
    <message>
        <source>H100 equivalents</source>
        <translation>Équivalents H100</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>Baies</translation>
    </message>
    <message>
        <source>Network tiers</source>
        <translation>Niveaux du réseau</translation>
    </message>
    <message>
        <source>Switches</source>
        <translation>Commutateurs</translation>
    </message>
    <message>
        <source>Optical transceivers</source>
        <translation>Émetteurs-récepteurs optiques</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>IT power, average</source>
        <translation>Puissance informatique, moyenne</translation>
    </message>
    <message>
        <source>Facility power, average</source>
        <translation>Puissance du site, moyenne</translation>
    </message>
    <message>
        <source>Facility power, peak</source>
        <translation>Puissance du site, pointe</translation>
    </message>
    <message>
        <source>Energy per year</source>
        <translation>Énergie par an</translation>
    </message>
    <message>
        <source>Unserved energy per year</source>
        <translation>Énergie non fournie par an</translation>
    </message>
    <message>
        <source>CO2 per year</source>
        <translation>CO2 par an</translation>
    </message>
    <message>
        <source>Water per year</source>
        <translation>Eau par an</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Capital cost</source>
        <translation>Investissement (capex)</translation>
    </message>
    <message>
        <source>Operating cost per year</source>
        <translation>Coût d’exploitation par an</translation>
    </message>
    <message>
        <source>Cost per installed GPU-hour</source>
        <translation>Coût par heure-GPU installée</translation>
    </message>
    <message>
        <source>Cost per used GPU-hour</source>
        <translation>Coût par heure-GPU utilisée</translation>
    </message>
    <message>
        <source>share of hours used</source>
        <translation>part des heures utilisées</translation>
    </message>
    <message>
        <source>Total cost of ownership</source>
        <translation>Coût total de possession</translation>
    </message>
    <message>
        <source>Training run</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Model FLOPs</source>
        <translation>FLOP du modèle</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>TFLOP/s per GPU</source>
        <translation>TFLOP/s par GPU</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>Memory per GPU</source>
        <translation>Mémoire par GPU</translation>
    </message>
    <message>
        <source>Step time</source>
        <translation>Durée d’étape</translation>
    </message>
    <message>
        <source>Goodput</source>
        <translation>Goodput</translation>
    </message>
    <message>
        <source>Wall-clock</source>
        <translation>Durée réelle</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>Heures-GPU</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>CO2</source>
        <translation>CO2</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <source>Interruptions</source>
        <translation>Interruptions</translation>
    </message>
    <message>
        <source>input</source>
        <extracomment>``mfu_source`` of the JSON document, in words</extracomment>
        <translation>saisi</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>prédit</translation>
    </message>
    <message>
        <source>accelerators</source>
        <translation>accélérateurs</translation>
    </message>
    <message>
        <source>servers</source>
        <translation>serveurs</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>stockage</translation>
    </message>
    <message>
        <source>facility</source>
        <translation>site</translation>
    </message>
    <message>
        <source>power plant</source>
        <translation>centrale électrique</translation>
    </message>
    <message>
        <source>preset {0}</source>
        <translation>modèle prédéfini {0}</translation>
    </message>
    <message>
        <source>of the {0} peak</source>
        <translation>de la crête {0}</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Sweep of {0}: {1}</source>
        <translation>Balayage de {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>{0} ({1} values)</source>
        <translation>{0} ({1} valeurs)</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Colossus Desktop comparison (*.json);;All files (*)</source>
        <extracomment>after an edit&apos;s figures are shown, how long before their P10–P90 are computed (the repaint first)</extracomment>
        <translation>Comparaison Colossus Desktop (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Colossus Desktop scenario (*.json);;All files (*)</source>
        <translation>Scénario Colossus Desktop (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Untitled comparison</source>
        <translation>Comparaison sans titre</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Add scenario…</source>
        <translation>Ajouter un scénario…</translation>
    </message>
    <message>
        <source>Add preset…</source>
        <translation>Ajouter un modèle prédéfini…</translation>
    </message>
    <message>
        <source>Add current document</source>
        <translation>Ajouter le document actuel</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Train the same model on each:</source>
        <translation>Entraîner le même modèle sur chacun&#xa0;:</translation>
    </message>
    <message>
        <source>Ratios against:</source>
        <translation>Ratios par rapport à&#xa0;:</translation>
    </message>
    <message>
        <source>Evaluating the comparison…</source>
        <translation>Évaluation de la comparaison…</translation>
    </message>
    <message>
        <source>A comparison holds at most {0} scenarios.</source>
        <translation>Une comparaison compte au plus {0} scénarios.</translation>
    </message>
    <message>
        <source>Open comparison</source>
        <translation>Ouvrir une comparaison</translation>
    </message>
    <message>
        <source>Save comparison</source>
        <translation>Enregistrer la comparaison</translation>
    </message>
    <message>
        <source>Add scenario</source>
        <translation>Ajouter un scénario</translation>
    </message>
    <message>
        <source>Add preset</source>
        <translation>Ajouter un modèle prédéfini</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Modèle prédéfini&#xa0;:</translation>
    </message>
    <message>
        <source>Current document</source>
        <translation>Document actuel</translation>
    </message>
    <message>
        <source>Add scenarios with the toolbar: files, presets or the current document.</source>
        <translation>Ajoutez des scénarios avec la barre d’outils&#xa0;: fichiers, modèles prédéfinis ou document actuel.</translation>
    </message>
    <message>
        <source>Uncertainty: P10 – P90 of {0} Monte Carlo samples (seed {1}); ratios sample by sample against the reference.</source>
        <translation>Incertitude&#xa0;: P10 – P90 de {0} tirages Monte-Carlo (graine {1})&#x202f;; ratios tirage par tirage par rapport à la référence.</translation>
    </message>
    <message>
        <source>MFU predicted and not sampled for {0}: the bands leave out the throughput model&apos;s own error.</source>
        <translation>MFU prédit et non échantillonné pour {0}&#xa0;: les bandes omettent l’erreur propre au modèle de débit.</translation>
    </message>
    <message>
        <source>No scenario carries uncertainty: single values.</source>
        <translation>Aucun scénario ne porte d’incertitude&#xa0;: valeurs uniques.</translation>
    </message>
    <message>
        <source>P10 – P90</source>
        <translation>P10 – P90</translation>
    </message>
    <message>
        <source>Difference from {0}: {1}</source>
        <translation>Écart par rapport à {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>share</source>
        <translation>part</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Add pool</source>
        <translation>Ajout d’un lot</translation>
    </message>
    <message>
        <source>Remove pool</source>
        <translation>Retrait d’un lot</translation>
    </message>
    <message>
        <source>Duplicate pool</source>
        <translation>Copie d’un lot</translation>
    </message>
    <message>
        <source>Move pool</source>
        <translation>Déplacement d’un lot</translation>
    </message>
    <message>
        <source>Custom accelerator</source>
        <translation>Accélérateur personnalisé</translation>
    </message>
    <message>
        <source>Change accelerator</source>
        <translation>Changement d’accélérateur</translation>
    </message>
    <message>
        <source>Change correlations</source>
        <translation>Modification des corrélations</translation>
    </message>
    <message>
        <source>Change uncertain inputs</source>
        <translation>Modification des entrées incertaines</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Custom size</source>
        <translation>Taille personnalisée</translation>
    </message>
    <message>
        <source>Width × height in pixels:</source>
        <translation>Largeur × hauteur en pixels&#xa0;:</translation>
    </message>
    <message>
        <source>Write it as 1600x900.</source>
        <translation>Écrivez-la sous la forme 1600x900.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Exported {0}</source>
        <translation>{0} exporté</translation>
    </message>
    <message>
        <source>Copied “{0}” to the clipboard</source>
        <translation>«&#xa0;{0}&#xa0;» copié dans le presse-papiers</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>There are no results to report yet.</source>
        <translation>Il n’y a pas encore de résultats à présenter.</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Rapport PDF</translation>
    </message>
    <message>
        <source>PowerPoint deck (PPTX)</source>
        <translation>Présentation PowerPoint (PPTX)</translation>
    </message>
    <message>
        <source>Data tables (CSV)</source>
        <translation>Tableaux de données (CSV)</translation>
    </message>
    <message>
        <source>Spreadsheet (XLSX)</source>
        <translation>Classeur (XLSX)</translation>
    </message>
    <message>
        <source>Chart pictures (PNG)</source>
        <translation>Images des graphiques (PNG)</translation>
    </message>
    <message>
        <source>Chart pictures (SVG, vector)</source>
        <translation>Images des graphiques (SVG, vectoriel)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Formats&#xa0;:</translation>
    </message>
    <message>
        <source>The size of the chart pictures (PNG, SVG and the deck&apos;s slides)</source>
        <translation>La taille des images des graphiques (PNG, SVG et diapositives de la présentation)</translation>
    </message>
    <message>
        <source>Picture size:</source>
        <translation>Taille des images&#xa0;:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export report to folder</source>
        <translation>Exporter le rapport dans un dossier</translation>
    </message>
    <message>
        <source>A report is being written; wait or cancel it first.</source>
        <translation>Un rapport est en cours d’écriture&#xa0;; attendez-le ou annulez-le d’abord.</translation>
    </message>
    <message>
        <source>Report cancelled: no files written</source>
        <translation>Rapport annulé&#xa0;: aucun fichier écrit</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <source>Wrote {0} files to {1}</source>
        <translation>{0} fichiers écrits dans {1}</translation>
    </message>
    <message>
        <source>PNG {0}×{1}…</source>
        <translation>PNG {0}×{1}…</translation>
    </message>
    <message>
        <source>PNG, custom size…</source>
        <translation>PNG, taille personnalisée…</translation>
    </message>
    <message>
        <source>SVG (vector)…</source>
        <translation>SVG (vectoriel)…</translation>
    </message>
    <message>
        <source>PDF (vector)…</source>
        <translation>PDF (vectoriel)…</translation>
    </message>
    <message>
        <source>Copy to clipboard</source>
        <translation>Copier dans le presse-papiers</translation>
    </message>
    <message>
        <source>Export theme</source>
        <translation>Thème d’export</translation>
    </message>
    <message>
        <source>Light (projector, print)</source>
        <translation>Clair (projecteur, impression)</translation>
    </message>
    <message>
        <source>Dark (screen)</source>
        <translation>Sombre (écran)</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Exporter le &amp;rapport…</translation>
    </message>
    <message>
        <source>Write the PDF report, the PPTX deck, the charts and the data to a folder, in the background</source>
        <translation>Écrire le rapport PDF, la présentation PPTX, les graphiques et les données dans un dossier, en arrière-plan</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>Full screen, one chart at a time; arrows to step, Escape to leave</source>
        <translation>Plein écran, un graphique à la fois&#x202f;; flèches pour avancer, Échap pour quitter</translation>
    </message>
    <message>
        <source>Export &amp;Chart</source>
        <translation>Exporter le &amp;graphique</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>HBM</source>
        <translation>HBM</translation>
    </message>
    <message>
        <source>network</source>
        <translation>réseau</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>software</source>
        <translation>logiciel</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planifiée</translation>
    </message>
    <message>
        <source>Simulating…</source>
        <translation>Simulation…</translation>
    </message>
    <message>
        <source>Simulation failed: {0}</source>
        <translation>Échec de la simulation&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Refinement cancelled; showing the quick run</source>
        <translation>Affinage annulé&#x202f;; affichage du calcul rapide</translation>
    </message>
    <message>
        <source>Refine ({0} runs)</source>
        <translation>Affiner ({0} entraînements)</translation>
    </message>
    <message>
        <source>Simulating {0} runs…</source>
        <translation>Simulation de {0} entraînements…</translation>
    </message>
    <message>
        <source>Quick run of {0}; refining with {1} runs in the background…</source>
        <translation>Calcul rapide sur {0}&#x202f;; affinage avec {1} entraînements en arrière-plan…</translation>
    </message>
    <message>
        <source>{0} simulated runs, seed {1}</source>
        <translation>{0} entraînements simulés, graine {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;ETTR&lt;/b&gt; P10 {0} · P50 {1} · P90 {2} &amp;nbsp; (analytic Daly goodput {3})</source>
        <translation>&lt;b&gt;ETTR&lt;/b&gt; P10 {0} · P50 {1} · P90 {2} &amp;nbsp; (goodput analytique de Daly {3})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Wall-clock days&lt;/b&gt; P10 {0} · P50 {1} · P90 {2} &amp;nbsp; (failure-free at the power served: {3} days)</source>
        <translation>&lt;b&gt;Jours calendaires&lt;/b&gt; P10 {0} · P50 {1} · P90 {2} &amp;nbsp; (sans pannes, à la puissance fournie&#xa0;: {3}&#xa0;jours)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Interruptions per run&lt;/b&gt; (mean): {0}</source>
        <translation>&lt;b&gt;Interruptions par entraînement&lt;/b&gt; (moyenne)&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0} of runs did not finish within 10x the failure-free time</source>
        <translation>{0} des entraînements n’ont pas fini en 10 fois la durée sans pannes</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Durée réelle</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Open scenario</source>
        <translation>Ouvrir un scénario</translation>
    </message>
    <message>
        <source>Opened {0}, written with schema {1} and read as schema {2}: the fields it lacked were filled in, each with a note saying how (hover them); saving writes schema {2}.</source>
        <translation>{0} ouvert, écrit au schéma {1} et lu au schéma {2}&#xa0;: les champs manquants ont été complétés, chacun avec une note qui dit comment (survolez-les)&#x202f;; l’enregistrement écrit le schéma {2}.</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>{0} ouvert</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Enregistrer le scénario</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} enregistré</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Start a blank scenario or one from a preset</source>
        <translation>Commencer un scénario vierge ou un modèle prédéfini</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revenir à la version enregistrée</translation>
    </message>
    <message>
        <source>Go back to the last saved version</source>
        <translation>Revenir à la dernière version enregistrée</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <source>New scenario</source>
        <translation>Nouveau scénario</translation>
    </message>
    <message>
        <source>Blank scenario</source>
        <translation>Scénario vierge</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>One pool of H100 accelerators arriving this month; every other value from the catalog defaults, each with its source in the field&apos;s tooltip.</source>
        <translation>Un lot d’accélérateurs H100 livré ce mois-ci&#x202f;; toutes les autres valeurs viennent des valeurs par défaut du catalogue, chacune avec sa source dans l’infobulle du champ.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>User guide</source>
        <translation>Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>The models</source>
        <translation>Les modèles</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>The catalog</source>
        <translation>Le catalogue</translation>
    </message>
    <message>
        <source>Colossus Desktop user guide</source>
        <translation>Guide de l’utilisateur de Colossus Desktop</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Chercher dans le guide</translation>
    </message>
    <message>
        <source>1 match on this page (Enter: next)</source>
        <translation>1 occurrence sur cette page (Entrée&#xa0;: suivante)</translation>
    </message>
    <message>
        <source>{0} matches on this page (Enter: next)</source>
        <translation>{0} occurrences sur cette page (Entrée&#xa0;: suivante)</translation>
    </message>
    <message>
        <source>Not on this page (Enter: search the other pages)</source>
        <translation>Absent de cette page (Entrée&#xa0;: chercher dans les autres pages)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>Getting started, each view, the form, the model and its sources (offline)</source>
        <translation>Premiers pas, chaque vue, le formulaire, le modèle et ses sources (hors ligne)</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <source>Undo the last change. The last {0} changes can be undone; older ones are forgotten.</source>
        <translation>Annuler la dernière modification. Les {0} dernières modifications peuvent être annulées&#x202f;; les plus anciennes sont oubliées.</translation>
    </message>
    <message>
        <source>Redo the change just undone (up to {0} steps are kept).</source>
        <translation>Rétablir la modification qui vient d’être annulée (jusqu’à {0} étapes sont conservées).</translation>
    </message>
</context>
<context>
    <name>Kpis</name>
    <message>
        <source>{0} accelerators installed across all pools; the training run uses {1}.</source>
        <translation>{0} accélérateurs installés dans l’ensemble des lots&#x202f;; l’entraînement en utilise {1}.</translation>
    </message>
    <message>
        <source>Peak dense {0} throughput of the whole cluster: {1} PFLOP/s ({2} FLOP/s). Dense, never the sparse figure.</source>
        <translation>Débit crête dense {0} de tout le cluster&#xa0;: {1} PFLOP/s ({2} FLOP/s). Dense, jamais le chiffre creux (sparse).</translation>
    </message>
    <message>
        <source>Grid and turbines serve {0} MW; {1} MW ({2} MWh a year) is unserved.</source>
        <translation>Le réseau et les turbines fournissent {0} MW&#x202f;; {1} MW ({2} MWh par an) ne sont pas fournis.</translation>
    </message>
    <message>
        <source>The power supply serves {0} of the demand, so the run takes {1} times as long.</source>
        <translation>L’alimentation couvre {0} de la demande&#xa0;: l’entraînement dure donc {1} fois plus longtemps.</translation>
    </message>
    <message>
        <source>A power shortfall stretches the run, not its energy or emissions: they are what its computation needs, whatever the pace.</source>
        <translation>Un déficit de puissance allonge l’entraînement, pas son énergie ni ses émissions&#xa0;: elles sont ce que demande son calcul, quel que soit le rythme.</translation>
    </message>
    <message>
        <source>No power reaches the site, so the run never finishes (time to train ∞); its energy and emissions are what its computation would need, whatever the pace.</source>
        <translation>Aucune puissance n’arrive au site&#xa0;: l’entraînement ne se termine jamais (durée ∞)&#xa0;; son énergie et ses émissions sont ce que demanderait son calcul, quel que soit le rythme.</translation>
    </message>
    <message>
        <source>The power supply serves {0} of the demand, which caps the share of hours doing useful work below the utilisation set in the form.</source>
        <translation>L’alimentation ne sert que {0} de la demande, ce qui plafonne la part d’heures de travail utile sous l’utilisation saisie dans le formulaire.</translation>
    </message>
    <message>
        <source>With no supply to weigh, the rate is the grid&apos;s, as if the grid served the whole run.</source>
        <translation>Faute d’alimentation à pondérer, le taux est celui du réseau électrique, comme s’il servait tout l’entraînement.</translation>
    </message>
    <message>
        <source>The run never finishes at this site (time to train ∞), so its GPU-hours are not finite.</source>
        <translation>L’entraînement ne se termine jamais sur ce site (durée ∞)&#xa0;: ses heures-GPU ne sont pas finies.</translation>
    </message>
    <message>
        <source>Accelerator-hours of the training run: {0} wall-clock hours × {1} accelerators = {2} GPU-hours. Failures, restarts, checkpoints and any power shortfall are included, as in the wall-clock time.</source>
        <translation>Heures-accélérateur de l’entraînement&#xa0;: {0} heures réelles × {1} accélérateurs = {2} heures-GPU. Pannes, redémarrages, points de reprise et tout déficit de puissance sont compris, comme dans la durée réelle.</translation>
    </message>
    <message>
        <source>The run never finishes at this site (time to train ∞): it has no finite GPU-hours, so no finite cost.</source>
        <translation>L’entraînement ne se termine jamais sur ce site (durée ∞)&#xa0;: ni ses heures-GPU ni son coût ne sont finis.</translation>
    </message>
    <message>
        <source>GPU-hours of the run × ${0} per GPU-hour = ${1}. The rate is the workload&apos;s rental price when it gives one, else this cluster&apos;s own cost per installed GPU-hour (${2}: capex annualised plus opex) over the share of accelerators not kept spare.</source>
        <translation>Heures-GPU de l’entraînement × {0} $ par heure-GPU = {1} $. Le tarif est le prix de location de la charge de travail s’il est donné, sinon le coût propre de ce cluster par heure-GPU installée ({2} $&#xa0;: capex annualisé plus opex) rapporté à la part des accélérateurs non gardés en rechange.</translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation>Accélérateurs</translation>
    </message>
    <message>
        <source>Peak BF16</source>
        <translation>Crête BF16</translation>
    </message>
    <message>
        <source>Peak FP8</source>
        <translation>Crête FP8</translation>
    </message>
    <message>
        <source>Peak facility power</source>
        <translation>Pointe du site</translation>
    </message>
    <message>
        <source>Peak facility power (IT at nameplate × PUE): {0} MW. Average draw: {1} MW (IT {2} MW).</source>
        <translation>Puissance de pointe du site (informatique à la puissance nominale × PUE)&#xa0;: {0} MW. Consommation moyenne&#xa0;: {1} MW (informatique {2} MW).</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>Capex</translation>
    </message>
    <message>
        <source>Capital expenditure, all categories: ${0}. Opex: ${1} per year.</source>
        <translation>Dépenses d’investissement, toutes catégories&#xa0;: {0} $. Opex&#xa0;: {1} $ par an.</translation>
    </message>
    <message>
        <source>$/GPU-hour · used</source>
        <translation>$/h-GPU · utilisée</translation>
    </message>
    <message>
        <source>Annualised capex plus opex per installed accelerator-hour: ${0}. Per used hour ({1} of installed hours do useful work): ${2}.</source>
        <translation>Capex annualisé plus opex par heure-accélérateur installée&#xa0;: {0} $. Par heure utilisée ({1} des heures installées font un travail utile)&#xa0;: {2} $.</translation>
    </message>
    <message>
        <source>Time to train</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Wall-clock days of the training run, failures and checkpoints included: {0} (ideal, without failures: {1}; goodput {2}).</source>
        <translation>Jours calendaires de l’entraînement, pannes et points de reprise compris&#xa0;: {0} (idéal, sans pannes&#xa0;: {1}&#x202f;; goodput {2}).</translation>
    </message>
    <message>
        <source>GPU-hours of the run</source>
        <translation>Heures-GPU</translation>
    </message>
    <message>
        <source>Cost of the run</source>
        <translation>Coût du calcul</translation>
    </message>
    <message>
        <source>Energy of the run</source>
        <translation>Énergie consommée</translation>
    </message>
    <message>
        <source>Facility energy of the training run: {0} MWh.</source>
        <translation>Énergie du site consommée par l’entraînement&#xa0;: {0} MWh.</translation>
    </message>
    <message>
        <source>CO₂ of the run</source>
        <translation>CO₂ émis</translation>
    </message>
    <message>
        <source>Emissions of the training run&apos;s energy: {0} t CO₂ at {1} kg/MWh.</source>
        <translation>Émissions de l’énergie de l’entraînement&#xa0;: {0} t de CO₂ à {1} kg/MWh.</translation>
    </message>
    <message>
        <source>Stale: fix the highlighted field</source>
        <translation>Périmé&#xa0;: corrigez le champ en surbrillance</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>the windows built by a switch, kept alive here (the first one lives in app.main)</extracomment>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System ({0})</source>
        <translation>Système ({0})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;About Colossus Desktop</source>
        <translation>À &amp;propos de Colossus Desktop</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Chart &amp;theme</source>
        <translation>&amp;Thème des graphiques</translation>
    </message>
    <message>
        <source>Dark (screen)</source>
        <translation>Sombre (écran)</translation>
    </message>
    <message>
        <source>Light, large type (projector)</source>
        <translation>Clair, grands caractères (projecteur)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Results stale — {0}: {1}</source>
        <translation>Résultats périmés — {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Results stale — {0}</source>
        <translation>Résultats périmés — {0}</translation>
    </message>
    <message>
        <source>Autosave failed</source>
        <translation>Échec de l’enregistrement automatique</translation>
    </message>
    <message>
        <source>Your unsaved changes could not be written to the autosave folder, so they would be lost in a crash: {0}
Save the scenario (File → Save As…) to keep it; autosave tries again after each edit.</source>
        <translation>Vos modifications non enregistrées n’ont pas pu être écrites dans le dossier d’enregistrement automatique&#x202f;; elles seraient perdues en cas de plantage&#xa0;: {0}
Enregistrez le scénario (Fichier → Enregistrer sous…) pour le conserver&#x202f;; l’enregistrement automatique réessaie après chaque modification.</translation>
    </message>
    <message>
        <source>Autosave failed: {0}</source>
        <translation>Échec de l’enregistrement automatique&#xa0;: {0}</translation>
    </message>
    <message>
        <source>About Colossus Desktop</source>
        <translation>À propos de Colossus Desktop</translation>
    </message>
    <message>
        <source>Colossus Desktop {0}
Model AI supercomputers offline: cost, power, time to train, reliability and emissions.</source>
        <translation>Colossus Desktop {0}
Modélisez hors ligne les supercalculateurs d’IA&#xa0;: coût, puissance, durée d’entraînement, fiabilité et émissions.</translation>
    </message>
    <message>
        <source>Preset {0}: once validated, it differs from what was shown first; the validated one is now shown.</source>
        <translation>Modèle prédéfini {0}&#xa0;: une fois validé, il diffère de ce qui était affiché d’abord&#xa0;; la version validée est maintenant affichée.</translation>
    </message>
    <message>
        <source>Preset {0} cannot be read ({1}); a blank scenario is shown instead.</source>
        <translation>Le modèle prédéfini {0} est illisible ({1})&#xa0;; un scénario vierge est affiché à la place.</translation>
    </message>
    <message>
        <source>Preset {0} did not pass the check made once the window had started; the document open now is left as it is.</source>
        <translation>Le modèle prédéfini {0} n’a pas passé la vérification faite après l’ouverture de la fenêtre&#xa0;; le document ouvert est laissé tel quel.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Goodput collapses to {goodput}: failures arrive faster than the job can checkpoint and restart. Add spares, faster storage, or fewer accelerators per job.</source>
        <extracomment>flag code → (template, {placeholder: (figure, how to write it)})</extracomment>
        <translation>Le goodput s’effondre à {goodput}&#xa0;: les pannes arrivent plus vite que la tâche ne peut écrire ses points de reprise et redémarrer. Ajoutez des rechanges, un stockage plus rapide, ou moins d’accélérateurs par tâche.</translation>
    </message>
    <message>
        <source>Power shortfall: {mw} MW of average demand is not covered by grid and turbines. The site can run only {served} of its load, so the training run takes {stretch} times as long.</source>
        <translation>Déficit de puissance&#xa0;: {mw} MW de la demande moyenne ne sont couverts ni par le réseau ni par les turbines. Le site ne peut faire tourner que {served} de sa charge&#xa0;: l’entraînement dure donc {stretch} fois plus longtemps.</translation>
    </message>
    <message>
        <source>Peak shortfall: {mw} MW at full load beyond grid, turbines and batteries.</source>
        <translation>Déficit de pointe&#xa0;: {mw} MW à pleine charge au-delà du réseau, des turbines et des batteries.</translation>
    </message>
    <message>
        <source>Network beyond what the switch can build: a pod or the layer above pods has more endpoints than four tiers of this switch connect, so its {n} switches are an extrapolation. Use a switch with more ports, smaller pods or more planes.</source>
        <translation>Réseau au-delà de ce que permet le commutateur&#xa0;: un pod ou le niveau au-dessus des pods a plus d’extrémités que quatre niveaux de ce commutateur n’en relient, donc ses {n} commutateurs sont une extrapolation. Prenez un commutateur avec plus de ports, des pods plus petits ou plus de plans.</translation>
    </message>
    <message>
        <source>A NIC port is faster than the switch&apos;s ports (fewer NIC ports per server than accelerators, or few planes): the {n} switches assume ports the switch does not have. Add NIC ports or planes, or pick a faster switch.</source>
        <translation>Un port NIC est plus rapide que les ports du commutateur (moins de ports NIC par serveur que d’accélérateurs, ou peu de plans)&#xa0;: les {n} commutateurs supposent des ports que le commutateur n’a pas. Ajoutez des ports NIC ou des plans, ou choisissez un commutateur plus rapide.</translation>
    </message>
    <message>
        <source>Tensor parallelism {tp} does not fit: a TP group must sit inside one NVLink domain of {domain} accelerators (dividing it) and divide the attention heads. Choose a TP that does, or leave it on Auto.</source>
        <translation>Le parallélisme tenseur {tp} ne convient pas&#xa0;: un groupe TP doit tenir dans un domaine NVLink de {domain} accélérateurs (en le divisant) et diviser les têtes d’attention. Choisissez un TP qui le fait, ou laissez-le sur Auto.</translation>
    </message>
    <message>
        <source>The fixed parallelism needs {needed} accelerators; the run has {n}. Lower a degree or leave data parallelism on Auto.</source>
        <translation>Le parallélisme fixé demande {needed} accélérateurs&#x202f;; l’entraînement en a {n}. Baissez un degré ou laissez le parallélisme de données sur Auto.</translation>
    </message>
    <message>
        <source>The layout uses {used} of the run&apos;s {n} accelerators; the rest sit idle but are paid for. A cluster size the layout divides avoids it.</source>
        <translation>La répartition utilise {used} des {n} accélérateurs de l’entraînement&#x202f;; les autres restent inactifs mais sont payés. Une taille de cluster que la répartition divise l’évite.</translation>
    </message>
    <message>
        <source>No training layout matches the {n} accelerators, the model and the batch: the fixed degrees, the layers or the micro-batches do not divide. Leave some degrees on Auto, or change the batch or the accelerators.</source>
        <translation>Aucune répartition d’entraînement ne convient aux {n} accélérateurs, au modèle et au lot&#xa0;: les degrés fixés, les couches ou les micro-lots ne se divisent pas. Laissez certains degrés sur Auto, ou changez le lot ou les accélérateurs.</translation>
    </message>
    <message>
        <source>The model does not fit: even the leanest layout needs {need} GB per accelerator, and each has {hbm} GB of memory. Use more accelerators or ones with more memory, or set the parallelism to Auto so every layout is tried.</source>
        <translation>Le modèle ne tient pas&#xa0;: même la répartition la plus économe demande {need} Go par accélérateur, et chacun a {hbm} Go de mémoire. Utilisez plus d’accélérateurs ou des accélérateurs avec plus de mémoire, ou mettez le parallélisme sur Auto pour essayer toutes les répartitions.</translation>
    </message>
    <message>
        <source>No MFU: enter one, or describe the model&apos;s architecture (layers, width, heads, vocabulary) so it can be predicted.</source>
        <translation>Pas de MFU&#xa0;: saisissez-en un, ou décrivez l’architecture du modèle (couches, largeur, têtes, vocabulaire) pour qu’il soit prédit.</translation>
    </message>
    <message>
        <source>Out of range: {results} came out infinite or undefined, because the inputs lie beyond what the model can compute. Check the largest and smallest values.</source>
        <translation>Hors limites&#xa0;: {results} sont sortis infinis ou indéfinis, car les entrées dépassent ce que le modèle peut calculer. Vérifiez les valeurs les plus grandes et les plus petites.</translation>
    </message>
    <message>
        <source>the accelerators</source>
        <extracomment>``section.field`` of a result → its name in the ``non_finite`` warning.</extracomment>
        <translation>les accélérateurs</translation>
    </message>
    <message>
        <source>the run&apos;s accelerators</source>
        <translation>les accélérateurs de l’entraînement</translation>
    </message>
    <message>
        <source>the capex</source>
        <translation>le capex</translation>
    </message>
    <message>
        <source>the opex</source>
        <translation>l’opex</translation>
    </message>
    <message>
        <source>the TCO</source>
        <translation>le coût total de possession</translation>
    </message>
    <message>
        <source>the cost per GPU-hour</source>
        <translation>le coût par heure-GPU</translation>
    </message>
    <message>
        <source>the cost per used GPU-hour</source>
        <translation>le coût par heure-GPU utilisée</translation>
    </message>
    <message>
        <source>the IT power</source>
        <translation>la puissance informatique</translation>
    </message>
    <message>
        <source>the facility power</source>
        <translation>la puissance du site</translation>
    </message>
    <message>
        <source>the yearly energy</source>
        <translation>l’énergie annuelle</translation>
    </message>
    <message>
        <source>the yearly emissions</source>
        <translation>les émissions annuelles</translation>
    </message>
    <message>
        <source>the yearly water</source>
        <translation>l’eau annuelle</translation>
    </message>
    <message>
        <source>the run&apos;s duration</source>
        <translation>la durée de l’entraînement</translation>
    </message>
    <message>
        <source>the GPU-hours</source>
        <translation>les heures-GPU</translation>
    </message>
    <message>
        <source>the run&apos;s cost</source>
        <translation>le coût de l’entraînement</translation>
    </message>
    <message>
        <source>the run&apos;s energy</source>
        <translation>l’énergie de l’entraînement</translation>
    </message>
    <message>
        <source>the run&apos;s emissions</source>
        <translation>les émissions de l’entraînement</translation>
    </message>
</context>
<context>
    <name>Model</name>
    <message>
        <source>Transformer layers.</source>
        <extracomment>Every section: unknown keys refused, assignments validated, and no float may be inf or NaN (1e400 in a file parses to inf; nothing downstream can show, save or compute with it). Accelerators in a pool, a run, a pod or a DP group: 100x the largest announced training site (the colossus-2 preset&apos;s million). Price of one accelerator, switch or system share, USD: 1 billion, ~28,000x a GB200&apos;s $35,500. Power of a site&apos;s grid link, turbines or batteries, MW: 1 TW, more than the whole US average load. Energy price, USD/MWh: 200x the Texas (ERCOT) market&apos;s $5,000/MWh price cap. Carbon intensity, kg CO2/MWh: 10x coal&apos;s ~1,000. A rate per MW or MWh of plant, USD: 1,000x the catalog&apos;s turbines&apos; $1M/MW.</extracomment>
        <translation>Couches du Transformer.</translation>
    </message>
    <message>
        <source>Model (embedding) width.</source>
        <translation>Largeur du modèle (plongement).</translation>
    </message>
    <message>
        <source>Width of a dense layer&apos;s feed-forward (MLP) block.</source>
        <translation>Largeur du bloc feed-forward (MLP) d’une couche dense.</translation>
    </message>
    <message>
        <source>Key/value heads (grouped-query attention); empty = one per head.</source>
        <translation>Têtes clé/valeur (attention à requêtes groupées)&#x202f;; vide = une par tête.</translation>
    </message>
    <message>
        <source>Width of one head; empty = hidden / heads.</source>
        <translation>Largeur d’une tête&#x202f;; vide = dimension cachée / têtes.</translation>
    </message>
    <message>
        <source>Input and output embeddings share one matrix.</source>
        <translation>Les plongements d’entrée et de sortie partagent une matrice.</translation>
    </message>
    <message>
        <source>SwiGLU-style MLP with three matrices (Llama, Mixtral, DeepSeek); off = two (GPT-3).</source>
        <translation>MLP de type SwiGLU à trois matrices (Llama, Mixtral, DeepSeek)&#x202f;; décoché = deux (GPT-3).</translation>
    </message>
    <message>
        <source>Routed experts per MoE layer (HF: n_routed_experts / num_local_experts).</source>
        <translation>Experts routés par couche MoE (HF&#xa0;: n_routed_experts / num_local_experts).</translation>
    </message>
    <message>
        <source>Experts each token is routed to.</source>
        <translation>Experts vers lesquels chaque jeton est routé.</translation>
    </message>
    <message>
        <source>Width of one expert&apos;s MLP; empty = intermediate_size.</source>
        <translation>Largeur du MLP d’un expert&#x202f;; vide = intermediate_size.</translation>
    </message>
    <message>
        <source>Experts every token also uses.</source>
        <translation>Experts que chaque jeton utilise en plus.</translation>
    </message>
    <message>
        <source>Leading layers that stay dense (DeepSeek-V3: 3).</source>
        <translation>Premières couches qui restent denses (DeepSeek-V3&#xa0;: 3).</translation>
    </message>
    <message>
        <source>MLA: query compression rank.</source>
        <translation>MLA&#xa0;: rang de compression des requêtes.</translation>
    </message>
    <message>
        <source>MLA: key/value compression rank.</source>
        <translation>MLA&#xa0;: rang de compression clé/valeur.</translation>
    </message>
    <message>
        <source>Field name → source or remark.</source>
        <translation>Nom du champ → source ou remarque.</translation>
    </message>
    <message>
        <source>Server cost as a multiple of its accelerators&apos; cost, for prices of the chip alone.</source>
        <translation>Coût du serveur en multiple du coût de ses accélérateurs, pour des prix de la puce seule.</translation>
    </message>
    <message>
        <source>People running the site. At most 1,000,000: one per 100 accelerators at the largest count allowed.</source>
        <translation>Personnes qui exploitent le site. Au plus 1&#x202f;000&#x202f;000&#xa0;: une pour 100 accélérateurs au plus grand nombre autorisé.</translation>
    </message>
    <message>
        <source>Fully loaded cost per staff member per year. At most $100 million: ~1,000x the catalog&apos;s $106,700.</source>
        <translation>Coût complet par employé et par an. Au plus 100 millions de $&#xa0;: ~1&#x202f;000 fois les 106&#x202f;700 $ du catalogue.</translation>
    </message>
    <message>
        <source>Share of installed GPU-hours allocated to useful work (jobs), which sets the cost per used GPU-hour; not the power utilisation (average draw). At least 1% (the form&apos;s lowest).</source>
        <translation>Part des heures-GPU installées allouées à un travail utile (tâches), qui fixe le coût par heure-GPU utilisée&#x202f;; ce n’est pas le taux d’utilisation électrique (consommation moyenne). Au moins 1&#x202f;% (le minimum du formulaire).</translation>
    </message>
    <message>
        <source>What to call the chip in tables and reports.</source>
        <translation>Le nom de la puce dans les tableaux et les rapports.</translation>
    </message>
    <message>
        <source>Dense BF16 TFLOP/s (never the sparse figure). 0.1 to 1,000,000: no AI accelerator is slower than 100 GFLOP/s (the form&apos;s lowest value); 1,000,000 is 400x GB200&apos;s 2,500.</source>
        <translation>TFLOP/s BF16 denses (jamais le chiffre creux). 0,1 à 1&#x202f;000&#x202f;000&#xa0;: aucun accélérateur d’IA n’est plus lent que 100 GFLOP/s (la valeur minimale du formulaire)&#x202f;; 1&#x202f;000&#x202f;000, c’est 400 fois les 2&#x202f;500 de la GB200.</translation>
    </message>
    <message>
        <source>Dense FP8 TFLOP/s; empty if unsupported. 0.1 to 1,000,000 (200x GB200&apos;s 5,000).</source>
        <translation>TFLOP/s FP8 denses&#x202f;; vide si non pris en charge. 0,1 à 1&#x202f;000&#x202f;000 (200 fois les 5&#x202f;000 de la GB200).</translation>
    </message>
    <message>
        <source>Dense FP4 TFLOP/s; empty if unsupported. 0.1 to 1,000,000 (66x GB300&apos;s 15,000).</source>
        <translation>TFLOP/s FP4 denses&#x202f;; vide si non pris en charge. 0,1 à 1&#x202f;000&#x202f;000 (66 fois les 15&#x202f;000 de la GB300).</translation>
    </message>
    <message>
        <source>High-bandwidth memory per chip, GB. 0.1 to 100,000 (350x MI355X&apos;s 288 GB).</source>
        <translation>Mémoire à haut débit (HBM) par puce, en Go. 0,1 à 100&#x202f;000 (350 fois les 288 Go de la MI355X).</translation>
    </message>
    <message>
        <source>HBM bandwidth per chip, TB/s. 0.001 to 1,000 (125x B100&apos;s 8 TB/s).</source>
        <translation>Bande passante HBM par puce, en To/s. 0,001 à 1&#x202f;000 (125 fois les 8 To/s de la B100).</translation>
    </message>
    <message>
        <source>Thermal design power of one chip, W. 1 to 1,000,000 (700x GB300&apos;s 1,400 W).</source>
        <translation>Enveloppe thermique (TDP) d’une puce, en W. 1 à 1&#x202f;000&#x202f;000 (700 fois les 1&#x202f;400 W de la GB300).</translation>
    </message>
    <message>
        <source>Scale-up (NVLink-class) bandwidth per chip, bidirectional. At most 1,000,000 GB/s (550x B100&apos;s 1,800).</source>
        <translation>Bande passante scale-up (de type NVLink) par puce, bidirectionnelle. Au plus 1&#x202f;000&#x202f;000 Go/s (550 fois les 1&#x202f;800 de la B100).</translation>
    </message>
    <message>
        <source>Accelerators in one scale-up (NVLink-class) domain. At most 1,000,000 (the catalog&apos;s largest: 256, TPU v6e).</source>
        <translation>Accélérateurs dans un domaine scale-up (de type NVLink). Au plus 1&#x202f;000&#x202f;000 (le plus grand du catalogue&#xa0;: 256, TPU v6e).</translation>
    </message>
    <message>
        <source>Typical price of one chip, USD; a pool&apos;s own price overrides it. At most $1 billion: about 28,000x the catalog&apos;s dearest (GB200, $35,500).</source>
        <translation>Prix typique d’une puce, en USD&#x202f;; le prix propre d’un lot le remplace. Au plus 1 milliard de $&#xa0;: environ 28&#x202f;000 fois le plus cher du catalogue (GB200, 35&#x202f;500 $).</translation>
    </message>
    <message>
        <source>What the price covers: &quot;chip&quot; = the accelerator alone (servers are added through costs.server_cost_factor); &quot;system&quot; = its share of a whole system, server included (a DGX/HGX server, an NVL72 rack), so nothing is added.</source>
        <translation>Ce que couvre le prix&#xa0;: «&#xa0;chip&#xa0;» = l’accélérateur seul (les serveurs sont ajoutés par costs.server_cost_factor)&#x202f;; «&#xa0;system&#xa0;» = sa part d’un système complet, serveur inclus (un serveur DGX/HGX, une baie NVL72), donc rien n’est ajouté.</translation>
    </message>
    <message>
        <source>Scale-out (NIC) bandwidth per chip, Gb/s; needed when network.link_gbps is empty.</source>
        <translation>Bande passante scale-out (NIC) par puce, en Gb/s&#x202f;; nécessaire quand network.link_gbps est vide.</translation>
    </message>
    <message>
        <source>Server/system power per accelerator as a multiple of its TDP. At most 100 (the catalog&apos;s largest: 2.03, A100 SXM).</source>
        <translation>Puissance serveur/système par accélérateur en multiple de son TDP. Au plus 100 (le plus grand du catalogue&#xa0;: 2,03, A100 SXM).</translation>
    </message>
    <message>
        <source>Release month, YYYY-MM.</source>
        <translation>Mois de sortie, AAAA-MM.</translation>
    </message>
    <message>
        <source>What to call the switch in tables and reports.</source>
        <translation>Le nom du commutateur dans les tableaux et les rapports.</translation>
    </message>
    <message>
        <source>Native ports.</source>
        <translation>Ports natifs.</translation>
    </message>
    <message>
        <source>Speed of one native port, Gb/s.</source>
        <translation>Débit d’un port natif, en Gb/s.</translation>
    </message>
    <message>
        <source>Most logical ports it splits into; empty = the native ports.</source>
        <translation>Nombre maximal de ports logiques en lesquels il se divise&#x202f;; vide = les ports natifs.</translation>
    </message>
    <message>
        <source>Maximum power of the switch, W (optics not included). At most 1,000,000 (340x Quantum-X800&apos;s 2,900 W).</source>
        <translation>Puissance maximale du commutateur, en W (optiques non comprises). Au plus 1&#x202f;000&#x202f;000 (340 fois les 2&#x202f;900 W du Quantum-X800).</translation>
    </message>
    <message>
        <source>Price of one switch, USD. At most $1 billion: about 28,000x the catalog&apos;s dearest (GB200, $35,500).</source>
        <translation>Prix d’un commutateur, en USD. Au plus 1 milliard de $&#xa0;: environ 28&#x202f;000 fois le plus cher du catalogue (GB200, 35&#x202f;500 $).</translation>
    </message>
    <message>
        <source>Catalog id of the cooling type.</source>
        <translation>Identifiant du type de refroidissement dans le catalogue.</translation>
    </message>
    <message>
        <source>Water use per kWh of IT energy.</source>
        <translation>Consommation d’eau par kWh d’énergie informatique.</translation>
    </message>
    <message>
        <source>Shell and MEP per MW of critical IT load. At most $1 billion: 85x the US average ($11.7M).</source>
        <translation>Bâtiment et lots techniques (MEP) par MW de charge informatique critique. Au plus 1 milliard de $&#xa0;: 85 fois la moyenne américaine (11,7 M$).</translation>
    </message>
    <message>
        <source>Annual rate used to annualise capex.</source>
        <translation>Taux annuel utilisé pour annualiser le capex.</translation>
    </message>
    <message>
        <source>Accelerators and servers (support contracts, spares).</source>
        <translation>Accélérateurs et serveurs (contrats de support, pièces de rechange).</translation>
    </message>
    <message>
        <source>Switches, optics and cables.</source>
        <translation>Commutateurs, optiques et câbles.</translation>
    </message>
    <message>
        <source>Building, power and cooling plant O&amp;M.</source>
        <translation>Exploitation et maintenance du bâtiment, de l’alimentation et du refroidissement.</translation>
    </message>
    <message>
        <source>Fixed O&amp;M of on-site turbines and batteries.</source>
        <translation>Exploitation et maintenance fixes des turbines et batteries sur site.</translation>
    </message>
    <message>
        <source>Scale-out bandwidth per accelerator, Gb/s; empty = each accelerator&apos;s own NICs (catalog: 400G ConnectX-7 on GB200, 800G ConnectX-8 on GB300).</source>
        <translation>Bande passante scale-out par accélérateur, en Gb/s&#x202f;; vide = les cartes réseau propres à chaque accélérateur (catalogue&#xa0;: ConnectX-7 400G sur GB200, ConnectX-8 800G sur GB300).</translation>
    </message>
    <message>
        <source>Scale-out NIC ports per node; empty = one per accelerator (DeepSeek&apos;s Fire-Flyer 2: one per node).</source>
        <translation>Ports NIC scale-out par nœud&#x202f;; vide = un par accélérateur (Fire-Flyer 2 de DeepSeek&#xa0;: un par nœud).</translation>
    </message>
    <message>
        <source>Catalog id of the switch; empty when custom_switch is set.</source>
        <translation>Identifiant du commutateur dans le catalogue&#x202f;; vide quand custom_switch est défini.</translation>
    </message>
    <message>
        <source>Leaf down:up ratio inside a pod (1 = non-blocking).</source>
        <translation>Rapport descendant:montant des feuilles dans un pod (1 = non bloquant).</translation>
    </message>
    <message>
        <source>Accelerators per pod (full bisection inside at the leaf ratio); empty = no pods: one flat fabric per link speed. At most 100,000,000: 100x the largest announced site (colossus-2&apos;s million).</source>
        <translation>Accélérateurs par pod (bissection complète à l’intérieur au rapport des feuilles)&#x202f;; vide = pas de pods&#xa0;: un réseau plat par débit de lien. Au plus 100&#x202f;000&#x202f;000&#xa0;: 100 fois le plus grand site annoncé (le million de colossus-2).</translation>
    </message>
    <message>
        <source>A pod&apos;s bandwidth : its up-links above (Meta&apos;s Llama 3 cluster: 7).</source>
        <translation>Bande passante d’un pod&#xa0;: ses liens montants au-dessus (cluster Llama 3 de Meta&#xa0;: 7).</translation>
    </message>
    <message>
        <source>Leaves shared by the racks of a row, one per GPU rank (rails); off = leaves in each rack.</source>
        <translation>Feuilles partagées par les baies d’une rangée, une par rang de GPU (rails)&#x202f;; décoché = des feuilles dans chaque baie.</translation>
    </message>
    <message>
        <source>Independent parallel fabrics sharing each GPU&apos;s bandwidth.</source>
        <translation>Réseaux parallèles indépendants qui se partagent la bande passante de chaque GPU.</translation>
    </message>
    <message>
        <source>Share of accelerator-to-leaf links that use optics rather than copper (DAC/ACC).</source>
        <translation>Part des liens accélérateur-feuille en optique plutôt qu’en cuivre (DAC/ACC).</translation>
    </message>
    <message>
        <source>Front-end network (storage, data, management) per node, Gb/s; 0 = none.</source>
        <translation>Réseau frontal (stockage, données, administration) par nœud, en Gb/s&#x202f;; 0 = aucun.</translation>
    </message>
    <message>
        <source>Front-end leaf down:up ratio.</source>
        <translation>Rapport descendant:montant des feuilles du réseau frontal.</translation>
    </message>
    <message>
        <source>Tensor parallel: GPUs sharing each layer.</source>
        <translation>Parallélisme tenseur&#xa0;: GPU qui se partagent chaque couche.</translation>
    </message>
    <message>
        <source>Pipeline stages.</source>
        <translation>Étages de pipeline.</translation>
    </message>
    <message>
        <source>Data-parallel replicas. At most 100,000,000: 100x the largest announced site (colossus-2&apos;s million).</source>
        <translation>Répliques du parallélisme de données. Au plus 100&#x202f;000&#x202f;000&#xa0;: 100 fois le plus grand site annoncé (le million de colossus-2).</translation>
    </message>
    <message>
        <source>Expert parallel: GPUs the experts are spread over.</source>
        <translation>Parallélisme d’experts&#xa0;: GPU sur lesquels les experts sont répartis.</translation>
    </message>
    <message>
        <source>Context parallel: GPUs sharing one sequence.</source>
        <translation>Parallélisme de contexte&#xa0;: GPU qui se partagent une séquence.</translation>
    </message>
    <message>
        <source>Virtual pipeline stages per GPU (interleaving).</source>
        <translation>Étages virtuels du pipeline par GPU (entrelacement).</translation>
    </message>
    <message>
        <source>Sequences per micro-batch.</source>
        <translation>Séquences par micro-lot.</translation>
    </message>
    <message>
        <source>Activation recomputation: none, selective (attention only) or full.</source>
        <translation>Recalcul des activations&#xa0;: aucun, sélectif (attention seulement) ou complet.</translation>
    </message>
    <message>
        <source>ZeRO stage: 1 = optimizer states sharded (Megatron&apos;s distributed optimizer), 2 = and gradients, 3 = and weights.</source>
        <translation>Niveau ZeRO&#xa0;: 1 = états de l’optimiseur partitionnés (optimiseur distribué de Megatron), 2 = et gradients, 3 = et poids.</translation>
    </message>
    <message>
        <source>Catalog id; empty when custom is set.</source>
        <translation>Identifiant dans le catalogue&#x202f;; vide quand custom est défini.</translation>
    </message>
    <message>
        <source>Number of accelerators in this pool. At most 100,000,000: 100x the largest announced site (colossus-2&apos;s million).</source>
        <translation>Nombre d’accélérateurs de ce lot. Au plus 100&#x202f;000&#x202f;000&#xa0;: 100 fois le plus grand site annoncé (le million de colossus-2).</translation>
    </message>
    <message>
        <source>Month the pool is installed and running, YYYY-MM.</source>
        <translation>Mois où le lot est installé et en service, AAAA-MM.</translation>
    </message>
    <message>
        <source>Price per accelerator; empty uses the catalog&apos;s typical price. At most $1 billion: about 28,000x the catalog&apos;s dearest (GB200, $35,500).</source>
        <translation>Prix par accélérateur&#x202f;; vide = le prix typique du catalogue. Au plus 1 milliard de $&#xa0;: environ 28&#x202f;000 fois le plus cher du catalogue (GB200, 35&#x202f;500 $).</translation>
    </message>
    <message>
        <source>What the price covers: &quot;chip&quot; = the accelerator alone (servers are added through costs.server_cost_factor); &quot;system&quot; = its share of a whole system, server included (a DGX/HGX server, an NVL72 rack), so nothing is added. Empty: the catalog&apos;s (or the custom accelerator&apos;s).</source>
        <translation>Ce que couvre le prix&#xa0;: «&#xa0;chip&#xa0;» = l’accélérateur seul (les serveurs sont ajoutés par costs.server_cost_factor)&#x202f;; «&#xa0;system&#xa0;» = sa part d’un système complet, serveur inclus (un serveur DGX/HGX, une baie NVL72), donc rien n’est ajouté. Vide&#xa0;: celui du catalogue (ou de l’accélérateur personnalisé).</translation>
    </message>
    <message>
        <source>Average draw as a share of nameplate power; at least 1% (the form&apos;s lowest).</source>
        <translation>Consommation moyenne en part de la puissance nominale&#x202f;; au moins 1&#x202f;% (le minimum du formulaire).</translation>
    </message>
    <message>
        <source>Catalog id the grid figures came from.</source>
        <translation>Identifiant du catalogue d’où viennent les chiffres du réseau électrique.</translation>
    </message>
    <message>
        <source>At most 1,000,000 MW (1 TW): more than the average load of the whole US grid.</source>
        <translation>Au plus 1&#x202f;000&#x202f;000 MW (1 TW)&#xa0;: plus que la charge moyenne de tout le réseau électrique américain.</translation>
    </message>
    <message>
        <source>At most $1,000,000/MWh: 200x the ERCOT market&apos;s $5,000/MWh cap.</source>
        <translation>Au plus 1&#x202f;000&#x202f;000 $/MWh&#xa0;: 200 fois le plafond de 5&#x202f;000 $/MWh du marché ERCOT.</translation>
    </message>
    <message>
        <source>At most 10,000 kg/MWh: 10x a coal plant&apos;s ~1,000.</source>
        <translation>Au plus 10&#x202f;000 kg/MWh&#xa0;: 10 fois les ~1&#x202f;000 d’une centrale à charbon.</translation>
    </message>
    <message>
        <source>Fuel and O&amp;M per MWh generated on site. At most $1,000,000/MWh: 200x the ERCOT market&apos;s $5,000/MWh cap.</source>
        <translation>Combustible et exploitation-maintenance par MWh produit sur site. Au plus 1&#x202f;000&#x202f;000 $/MWh&#xa0;: 200 fois le plafond de 5&#x202f;000 $/MWh du marché ERCOT.</translation>
    </message>
    <message>
        <source>At most $1 billion per unit: ~1,000x the catalog&apos;s (turbines: $1M/MW; batteries: $283,500/MWh).</source>
        <translation>Au plus 1 milliard de $ par unité&#xa0;: ~1&#x202f;000 fois celui du catalogue (turbines&#xa0;: 1 M$/MW&#x202f;; batteries&#xa0;: 283&#x202f;500 $/MWh).</translation>
    </message>
    <message>
        <source>At most 10,000,000 MWh: ten hours of 1 TW.</source>
        <translation>Au plus 10&#x202f;000&#x202f;000 MWh&#xa0;: dix heures à 1 TW.</translation>
    </message>
    <message>
        <source>Job-interrupting failures per accelerator-year, any cause.</source>
        <translation>Pannes qui interrompent la tâche, par accélérateur et par an, toutes causes confondues.</translation>
    </message>
    <message>
        <source>Share of accelerators kept as hot spares, not training. At most 99.9% (the form&apos;s highest).</source>
        <translation>Part des accélérateurs gardés en rechange à chaud, hors entraînement. Au plus 99,9&#x202f;% (le maximum du formulaire).</translation>
    </message>
    <message>
        <source>Planned maintenance interruptions per accelerator-year (Llama 3: 47 in 54 days on 16,384 GPUs = 0.0194). Used by the failure simulation; the analytic goodput counts failures only.</source>
        <translation>Interruptions de maintenance planifiée par accélérateur et par an (Llama 3&#xa0;: 47 en 54 jours sur 16&#x202f;384 GPU = 0,0194). Utilisé par la simulation des pannes&#x202f;; le goodput analytique ne compte que les pannes.</translation>
    </message>
    <message>
        <source>Hours until a node taken out by a fault returns to the spare pool (simulation). At most 100,000 h.</source>
        <translation>Heures avant qu’un nœud mis hors service par une panne ne revienne dans la réserve de rechanges (simulation). Au plus 100&#x202f;000 h.</translation>
    </message>
    <message>
        <source>With no spare left, keep training on fewer data-parallel replicas instead of waiting for a repaired node (simulation).</source>
        <translation>Quand il ne reste aucune rechange, continuer l’entraînement sur moins de répliques du parallélisme de données au lieu d’attendre un nœud réparé (simulation).</translation>
    </message>
    <message>
        <source>Share of unexpected interruptions caused by GPUs (simulation; a weight, divided by the five shares&apos; sum). Llama 3 (Dubey et al. 2024, Table 5): faulty GPU 148, SRAM 19, system processor 17, silent data corruption 6, thermal interface 6 of 419 = 46.8 % (H).</source>
        <translation>Part des interruptions imprévues dues aux GPU (simulation&#x202f;; un poids, divisé par la somme des cinq parts). Llama 3 (Dubey et al. 2024, Table 5)&#xa0;: GPU défaillant 148, SRAM 19, processeur système 17, corruption silencieuse de données 6, interface thermique 6 sur 419 = 46,8&#x202f;% (H).</translation>
    </message>
    <message>
        <source>Share of unexpected interruptions caused by GPU HBM memory (simulation). Llama 3 (Dubey et al. 2024, Table 5): HBM3 72 of 419 = 17.2 % (H).</source>
        <translation>Part des interruptions imprévues dues à la mémoire HBM des GPU (simulation). Llama 3 (Dubey et al. 2024, Table 5)&#xa0;: HBM3 72 sur 419 = 17,2&#x202f;% (H).</translation>
    </message>
    <message>
        <source>Share of unexpected interruptions caused by network switches and cables (simulation). Llama 3 (Dubey et al. 2024, Table 5): 35 of 419 = 8.4 % (H).</source>
        <translation>Part des interruptions imprévues dues aux commutateurs et câbles réseau (simulation). Llama 3 (Dubey et al. 2024, Table 5)&#xa0;: 35 sur 419 = 8,4&#x202f;% (H).</translation>
    </message>
    <message>
        <source>Share of unexpected interruptions caused by hosts: unplanned host maintenance, NIC, SSD, power supply, chassis, CPU, memory (simulation). Llama 3 (Dubey et al. 2024, Table 5): 53 of 419 = 12.6 % (H; grouping ours, M).</source>
        <translation>Part des interruptions imprévues dues aux hôtes&#xa0;: maintenance imprévue de l’hôte, NIC, SSD, alimentation, châssis, CPU, mémoire (simulation). Llama 3 (Dubey et al. 2024, Table 5)&#xa0;: 53 sur 419 = 12,6&#x202f;% (H&#x202f;; regroupement de notre fait, M).</translation>
    </message>
    <message>
        <source>Share of unexpected interruptions caused by software: bugs, NCCL watchdog timeouts, dependencies (simulation). Llama 3 (Dubey et al. 2024, Table 5): 63 of 419 = 15.0 % (H; grouping ours, M).</source>
        <translation>Part des interruptions imprévues dues au logiciel&#xa0;: bogues, délais du watchdog NCCL, dépendances (simulation). Llama 3 (Dubey et al. 2024, Table 5)&#xa0;: 63 sur 419 = 15,0&#x202f;% (H&#x202f;; regroupement de notre fait, M).</translation>
    </message>
    <message>
        <source>Distributions on numeric inputs for Monte Carlo and the tornado (scenario/uncertainty.py).</source>
        <translation>Distributions des entrées numériques pour le Monte-Carlo et la tornade (scenario/uncertainty.py).</translation>
    </message>
    <message>
        <source>At most 1,000,000 PB (1 ZB): 4,000x Llama 3&apos;s 240 PB.</source>
        <translation>Au plus 1&#x202f;000&#x202f;000 Po (1 Zo)&#xa0;: 4&#x202f;000 fois les 240 Po de Llama 3.</translation>
    </message>
    <message>
        <source>Sustained write bandwidth, TB/s (checkpoints). 0.01 (the form&apos;s lowest) to 100,000: 50,000x Llama 3&apos;s 2 TB/s.</source>
        <translation>Débit d’écriture soutenu, en To/s (points de reprise). 0,01 (le minimum du formulaire) à 100&#x202f;000&#xa0;: 50&#x202f;000 fois les 2 To/s de Llama 3.</translation>
    </message>
    <message>
        <source>At most $10 billion per PB: 45,000x raw flash ($220,000).</source>
        <translation>Au plus 10 milliards de $ par Po&#xa0;: 45&#x202f;000 fois la mémoire flash brute (220&#x202f;000 $).</translation>
    </message>
    <message>
        <source>At most 10,000 kW per PB: 10,000x the catalog&apos;s 1 kW.</source>
        <translation>Au plus 10&#x202f;000 kW par Po&#xa0;: 10&#x202f;000 fois le 1 kW du catalogue.</translation>
    </message>
    <message>
        <source>Catalog id of the model (resources/models); empty = described here.</source>
        <translation>Identifiant du modèle dans le catalogue (resources/models)&#x202f;; vide = décrit ici.</translation>
    </message>
    <message>
        <source>Total parameters, billions. 0.1 (the form&apos;s lowest; GPT-2 small has 0.124) to 1,000,000 (1,500x DeepSeek-V3&apos;s 671 B).</source>
        <translation>Paramètres au total, en milliards. 0,1 (le minimum du formulaire&#x202f;; GPT-2 small en a 0,124) à 1&#x202f;000&#x202f;000 (1&#x202f;500 fois les 671 Md de DeepSeek-V3).</translation>
    </message>
    <message>
        <source>Active parameters per token (MoE), billions; empty = dense. 0.1 to 1,000,000, as the total.</source>
        <translation>Paramètres actifs par jeton (MoE), en milliards&#x202f;; vide = dense. 0,1 à 1&#x202f;000&#x202f;000, comme le total.</translation>
    </message>
    <message>
        <source>Training tokens, trillions. 0.01 (the form&apos;s lowest) to 1,000,000 (64,000x Llama 3&apos;s 15.6 T).</source>
        <translation>Jetons d’entraînement, en billions (10^12). 0,01 (le minimum du formulaire) à 1&#x202f;000&#x202f;000 (64&#x202f;000 fois les 15,6 T de Llama 3).</translation>
    </message>
    <message>
        <source>Precision of the matrix multiplications; weights, gradients and optimizer states stay as in BF16 mixed precision (BF16 weights, FP32 master copy and Adam moments), as DeepSeek-V3 trains in FP8.</source>
        <translation>Précision des produits matriciels&#x202f;; poids, gradients et états de l’optimiseur restent comme en précision mixte BF16 (poids BF16, copie maîtresse et moments d’Adam en FP32), comme DeepSeek-V3 s’entraîne en FP8.</translation>
    </message>
    <message>
        <source>Model FLOPs utilisation against the dense peak at that precision; empty = predicted from the model, the layout and the cluster. At least 0.1% (the form&apos;s lowest): published runs reach 20-60%.</source>
        <translation>Taux d’utilisation des FLOP du modèle (MFU) par rapport à la crête dense à cette précision&#x202f;; vide = prédit à partir du modèle, de la répartition et du cluster. Au moins 0,1&#x202f;% (le minimum du formulaire)&#xa0;: les entraînements publiés atteignent 20-60&#x202f;%.</translation>
    </message>
    <message>
        <source>Training sequence length, tokens.</source>
        <translation>Longueur de séquence d’entraînement, en jetons.</translation>
    </message>
    <message>
        <source>Fused kernels, as training stacks have had since 2022: FlashAttention, which never stores the score matrix, and fused element-wise operations (Transformer Engine); off = unfused, as Megatron-LM (2021) and BLOOM (2022) ran.</source>
        <translation>Noyaux fusionnés, comme les piles d’entraînement en ont depuis 2022&#xa0;: FlashAttention, qui ne stocke jamais la matrice des scores, et les opérations élément par élément fusionnées (Transformer Engine)&#x202f;; décoché = non fusionnés, comme tournaient Megatron-LM (2021) et BLOOM (2022).</translation>
    </message>
    <message>
        <source>Tokens per optimizer step. 1 to 10^12 (60,000x Llama 3&apos;s 16 M).</source>
        <translation>Jetons par étape d’optimisation. 1 à 10^12 (60&#x202f;000 fois les 16 M de Llama 3).</translation>
    </message>
    <message>
        <source>Accelerators used; empty = the whole cluster less spares. At most 100,000,000: 100x the largest announced site (colossus-2&apos;s million).</source>
        <translation>Accélérateurs utilisés&#x202f;; vide = tout le cluster moins les rechanges. Au plus 100&#x202f;000&#x202f;000&#xa0;: 100 fois le plus grand site annoncé (le million de colossus-2).</translation>
    </message>
    <message>
        <source>Checkpoint size; auto = 12 bytes per parameter. 1 GB (the form&apos;s lowest; 0.1 B parameters take 1.2) to 10^9 GB (12 bytes for each of 10^15 parameters is 1.2x10^7).</source>
        <translation>Taille du point de reprise&#x202f;; auto = 12 octets par paramètre. 1 Go (le minimum du formulaire&#x202f;; 0,1 Md de paramètres en prennent 1,2) à 10^9 Go (12 octets pour chacun de 10^15 paramètres font 1,2x10^7).</translation>
    </message>
    <message>
        <source>Minutes between checkpoints; auto = Young–Daly. 0.1 (the form&apos;s lowest) to 1,000,000 (about two years).</source>
        <translation>Minutes entre deux points de reprise&#x202f;; auto = Young–Daly. 0,1 (le minimum du formulaire) à 1&#x202f;000&#x202f;000 (environ deux ans).</translation>
    </message>
    <message>
        <source>Time to restart the job after an interruption. At most 1,000,000 min (about two years).</source>
        <translation>Durée de redémarrage de la tâche après une interruption. Au plus 1&#x202f;000&#x202f;000 min (environ deux ans).</translation>
    </message>
    <message>
        <source>blocking: training stops while the checkpoint is written to storage; async: training stops only for a snapshot to host memory, then the upload runs in the background (MegaScale).</source>
        <translation>blocking&#xa0;: l’entraînement s’arrête pendant l’écriture du point de reprise sur le stockage&#x202f;; async&#xa0;: l’entraînement ne s’arrête que pour un instantané en mémoire de l’hôte, puis l’envoi se fait en arrière-plan (MegaScale).</translation>
    </message>
    <message>
        <source>Seconds training stops for an asynchronous checkpoint&apos;s snapshot to host memory (MegaScale: &apos;several seconds&apos;). At most 1,000,000 s.</source>
        <translation>Secondes d’arrêt de l’entraînement pour l’instantané en mémoire de l’hôte d’un point de reprise asynchrone (MegaScale&#xa0;: «&#xa0;several seconds&#xa0;»). Au plus 1&#x202f;000&#x202f;000 s.</translation>
    </message>
    <message>
        <source>Price the run at a rental rate instead of the cluster&apos;s own cost. At most $1,000,000 per GPU-hour.</source>
        <translation>Valoriser l’entraînement à un tarif de location plutôt qu’au coût propre du cluster. Au plus 1&#x202f;000&#x202f;000 $ par heure-GPU.</translation>
    </message>
</context>
<context>
    <name>ModelImport</name>
    <message>
        <source>Import Model</source>
        <translation>Importer un modèle</translation>
    </message>
    <message>
        <source>Imported from {0}</source>
        <translation>Importé de {0}</translation>
    </message>
    <message>
        <source>Import model {0}</source>
        <translation>Importer le modèle {0}</translation>
    </message>
    <message>
        <source>Imported {0}: {1} B parameters.</source>
        <translation>{0} importé&#xa0;: {1} Md de paramètres.</translation>
    </message>
    <message>
        <source>&amp;Import Model…</source>
        <translation>&amp;Importer un modèle…</translation>
    </message>
    <message>
        <source>Read a Hugging Face config.json and describe the workload&apos;s model with it</source>
        <translation>Lire un config.json de Hugging Face et décrire avec lui le modèle de la charge de travail</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <source>Time to train</source>
        <translation>Durée d’entraînement</translation>
    </message>
    <message>
        <source>Training run cost</source>
        <translation>Coût de l’entraînement</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>Heures-GPU</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>Capex</translation>
    </message>
    <message>
        <source>Opex per year</source>
        <translation>Opex annuel</translation>
    </message>
    <message>
        <source>Total cost of ownership</source>
        <translation>Coût total de possession</translation>
    </message>
    <message>
        <source>Facility power (average)</source>
        <translation>Puissance du site (moyenne)</translation>
    </message>
    <message>
        <source>Energy of the run</source>
        <translation>Énergie de l’entraînement</translation>
    </message>
    <message>
        <source>CO2 of the run</source>
        <translation>CO₂ de l’entraînement</translation>
    </message>
    <message>
        <source>Cost per installed GPU-hour</source>
        <translation>Coût par heure-GPU installée</translation>
    </message>
    <message>
        <source>Goodput</source>
        <translation>Goodput</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>Peak per MW</source>
        <translation>Crête par MW</translation>
    </message>
    <message>
        <source>Capex per PFLOP/s</source>
        <translation>Capex par PFLOP/s</translation>
    </message>
    <message>
        <source>Run cost per 10^24 FLOP</source>
        <translation>Coût de l’entraînement par 10^24 FLOP</translation>
    </message>
    <message>
        <source>Run energy per 10^24 FLOP</source>
        <translation>Énergie de l’entraînement par 10^24 FLOP</translation>
    </message>
    <message>
        <source>Tokens per dollar</source>
        <translation>Jetons par dollar</translation>
    </message>
    <message>
        <source>Tokens per MWh</source>
        <translation>Jetons par MWh</translation>
    </message>
</context>
<context>
    <name>Parameters</name>
    <message>
        <source>Accelerators per server</source>
        <extracomment>Document path → (engine field, scale, label as the builder form words it, document unit).</extracomment>
        <translation>Accélérateurs par serveur</translation>
    </message>
    <message>
        <source>Servers per rack</source>
        <translation>Serveurs par baie</translation>
    </message>
    <message>
        <source>Leaf oversubscription</source>
        <translation>Sursouscription des feuilles</translation>
    </message>
    <message>
        <source>Accelerators per pod</source>
        <translation>Accélérateurs par pod</translation>
    </message>
    <message>
        <source>Oversubscription above pods</source>
        <translation>Sursouscription au-dessus des pods</translation>
    </message>
    <message>
        <source>Optical links</source>
        <translation>Liens optiques</translation>
    </message>
    <message>
        <source>Front-end network per server</source>
        <translation>Réseau frontal par serveur</translation>
    </message>
    <message>
        <source>Front-end oversubscription</source>
        <translation>Sursouscription du réseau frontal</translation>
    </message>
    <message>
        <source>Storage capacity</source>
        <translation>Capacité de stockage</translation>
    </message>
    <message>
        <source>Storage write bandwidth</source>
        <translation>Débit d’écriture du stockage</translation>
    </message>
    <message>
        <source>Storage cost</source>
        <translation>Coût du stockage</translation>
    </message>
    <message>
        <source>Storage power</source>
        <translation>Puissance du stockage</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Water use</source>
        <translation>Consommation d’eau</translation>
    </message>
    <message>
        <source>Build cost</source>
        <translation>Coût de construction</translation>
    </message>
    <message>
        <source>Average load</source>
        <translation>Charge moyenne</translation>
    </message>
    <message>
        <source>Grid connection</source>
        <translation>Raccordement au réseau</translation>
    </message>
    <message>
        <source>Grid price</source>
        <translation>Prix de l’électricité</translation>
    </message>
    <message>
        <source>Grid carbon</source>
        <translation>Carbone du réseau</translation>
    </message>
    <message>
        <source>On-site turbines</source>
        <translation>Turbines sur site</translation>
    </message>
    <message>
        <source>Turbine energy cost</source>
        <translation>Coût de l’énergie des turbines</translation>
    </message>
    <message>
        <source>Turbine carbon</source>
        <translation>Carbone des turbines</translation>
    </message>
    <message>
        <source>Turbine capex</source>
        <translation>Capex des turbines</translation>
    </message>
    <message>
        <source>Battery power</source>
        <translation>Puissance des batteries</translation>
    </message>
    <message>
        <source>Battery energy</source>
        <translation>Énergie des batteries</translation>
    </message>
    <message>
        <source>Battery capex</source>
        <translation>Capex des batteries</translation>
    </message>
    <message>
        <source>Server cost factor</source>
        <translation>Coefficient de coût serveur</translation>
    </message>
    <message>
        <source>Maintenance: accelerators and servers</source>
        <translation>Maintenance&#xa0;: accélérateurs et serveurs</translation>
    </message>
    <message>
        <source>Maintenance: network</source>
        <translation>Maintenance&#xa0;: réseau</translation>
    </message>
    <message>
        <source>Maintenance: storage</source>
        <translation>Maintenance&#xa0;: stockage</translation>
    </message>
    <message>
        <source>Maintenance: facility</source>
        <translation>Maintenance&#xa0;: site</translation>
    </message>
    <message>
        <source>Maintenance: power plant</source>
        <translation>Maintenance&#xa0;: centrale électrique</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Cost per staff</source>
        <translation>Coût par employé</translation>
    </message>
    <message>
        <source>GPU-hours used</source>
        <translation>Heures-GPU utilisées</translation>
    </message>
    <message>
        <source>Depreciation: accelerators</source>
        <translation>Amortissement&#xa0;: accélérateurs</translation>
    </message>
    <message>
        <source>Depreciation: servers</source>
        <translation>Amortissement&#xa0;: serveurs</translation>
    </message>
    <message>
        <source>Depreciation: network</source>
        <translation>Amortissement&#xa0;: réseau</translation>
    </message>
    <message>
        <source>Depreciation: storage</source>
        <translation>Amortissement&#xa0;: stockage</translation>
    </message>
    <message>
        <source>Depreciation: facility</source>
        <translation>Amortissement&#xa0;: site</translation>
    </message>
    <message>
        <source>Depreciation: power plant</source>
        <translation>Amortissement&#xa0;: centrale électrique</translation>
    </message>
    <message>
        <source>Cost of capital</source>
        <translation>Coût du capital</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Active parameters</source>
        <translation>Paramètres actifs</translation>
    </message>
    <message>
        <source>Training tokens</source>
        <translation>Jetons d’entraînement</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>Sequence length</source>
        <translation>Longueur de séquence</translation>
    </message>
    <message>
        <source>Global batch</source>
        <translation>Lot global</translation>
    </message>
    <message>
        <source>Accelerators used</source>
        <translation>Accélérateurs utilisés</translation>
    </message>
    <message>
        <source>Checkpoint size</source>
        <translation>Taille du point de reprise</translation>
    </message>
    <message>
        <source>Checkpoint interval</source>
        <translation>Intervalle entre points de reprise</translation>
    </message>
    <message>
        <source>Restart time</source>
        <translation>Durée de redémarrage</translation>
    </message>
    <message>
        <source>Rental price</source>
        <translation>Prix de location</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>Dimension cachée</translation>
    </message>
    <message>
        <source>MLP width</source>
        <translation>Largeur du MLP</translation>
    </message>
    <message>
        <source>Attention heads</source>
        <translation>Têtes d’attention</translation>
    </message>
    <message>
        <source>Key/value heads</source>
        <translation>Têtes clé/valeur</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabulaire</translation>
    </message>
    <message>
        <source>Routed experts</source>
        <translation>Experts routés</translation>
    </message>
    <message>
        <source>Experts per token</source>
        <translation>Experts par jeton</translation>
    </message>
    <message>
        <source>Expert MLP width</source>
        <translation>Largeur du MLP expert</translation>
    </message>
    <message>
        <source>Shared experts</source>
        <translation>Experts partagés</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>Taux de panne</translation>
    </message>
    <message>
        <source>Hot spares</source>
        <translation>Rechanges à chaud</translation>
    </message>
    <message>
        <source>count</source>
        <extracomment>Per pool i: ``pools[i].&lt;key&gt;`` → (engine column field, label after &quot;Pool i (chip)&quot;, unit).</extracomment>
        <translation>nombre</translation>
    </message>
    <message>
        <source>price</source>
        <translation>prix</translation>
    </message>
    <message>
        <source>BF16 TFLOP/s</source>
        <extracomment>Per custom-accelerator pool i: ``pools[i].custom.&lt;key&gt;`` → (engine column field, label, unit).</extracomment>
        <translation>TFLOP/s BF16</translation>
    </message>
    <message>
        <source>FP8 TFLOP/s</source>
        <translation>TFLOP/s FP8</translation>
    </message>
    <message>
        <source>FP4 TFLOP/s</source>
        <translation>TFLOP/s FP4</translation>
    </message>
    <message>
        <source>HBM</source>
        <translation>HBM</translation>
    </message>
    <message>
        <source>HBM bandwidth</source>
        <translation>Bande passante HBM</translation>
    </message>
    <message>
        <source>TDP</source>
        <translation>TDP</translation>
    </message>
    <message>
        <source>scale-up bandwidth</source>
        <translation>bande passante scale-up</translation>
    </message>
    <message>
        <source>scale-up domain</source>
        <translation>domaine scale-up</translation>
    </message>
    <message>
        <source>system power factor</source>
        <translation>facteur de puissance système</translation>
    </message>
    <message>
        <source>Pool {0} ({1}) {2}</source>
        <extracomment>``--lang`` values: ``system`` follows the locale variables. the Qt-free writers, carrying their :class:`formatting.Style` (money, shares, days)</extracomment>
        <translation>Lot {0} ({1}) {2}</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Presentation — Colossus Desktop</source>
        <translation>Présentation — Colossus Desktop</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Colossus Desktop scenario (*.json);;All files (*)</source>
        <translation>Scénario Colossus Desktop (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Hugging Face model config (config.json *.json);;All files (*)</source>
        <translation>Configuration de modèle Hugging Face (config.json *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “{0}”?</source>
        <translation>Enregistrer les modifications de «&#xa0;{0}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>Colossus Desktop did not close normally. Recover the unsaved work on “{0}” from {1}?</source>
        <translation>Colossus Desktop ne s’est pas fermé normalement. Récupérer le travail non enregistré sur «&#xa0;{0}&#xa0;» du {1}&#x202f;?</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Discard every change since “{0}” was opened or saved?</source>
        <translation>Abandonner toutes les modifications depuis l’ouverture ou l’enregistrement de «&#xa0;{0}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Ouvrir un scénario</translation>
    </message>
    <message>
        <source>Import Model</source>
        <translation>Importer un modèle</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Enregistrer le scénario</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <source>Based on {origin}, modified</source>
        <translation>D’après {origin}, modifié</translation>
    </message>
    <message>
        <source>{name} (based on {origin}, modified)</source>
        <translation>{name} (d’après {origin}, modifié)</translation>
    </message>
    <message>
        <source>Modified from {origin}; the figures differ from the original, which this describes: {description}</source>
        <translation>Modifié à partir de {origin}&#x202f;; les chiffres diffèrent de l’original, que ceci décrit&#xa0;: {description}</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>Must be a number</source>
        <extracomment>the loader&apos;s fixed reasons (scenario/validation.py), capitalised as the form shows them</extracomment>
        <translation>Doit être un nombre</translation>
    </message>
    <message>
        <source>Must be a finite number</source>
        <translation>Doit être un nombre fini</translation>
    </message>
    <message>
        <source>Must be a finite number or &quot;auto&quot;</source>
        <translation>Doit être un nombre fini ou «&#xa0;auto&#xa0;»</translation>
    </message>
    <message>
        <source>Must be a whole number</source>
        <translation>Doit être un nombre entier</translation>
    </message>
    <message>
        <source>Must be true or false</source>
        <translation>Doit être vrai ou faux</translation>
    </message>
    <message>
        <source>Must be text</source>
        <translation>Doit être du texte</translation>
    </message>
    <message>
        <source>Must not be empty</source>
        <translation>Ne doit pas être vide</translation>
    </message>
    <message>
        <source>Is not valid</source>
        <translation>N’est pas valide</translation>
    </message>
    <message>
        <source>Must be &gt;= {0}</source>
        <extracomment>the loader&apos;s bounds (&quot;Must be &gt;= 0.001&quot;), by comparison; templates with {0} for the number</extracomment>
        <translation>Doit être ≥&#xa0;{0}</translation>
    </message>
    <message>
        <source>Must be &lt;= {0}</source>
        <translation>Doit être ≤&#xa0;{0}</translation>
    </message>
    <message>
        <source>Must be &gt; {0}</source>
        <translation>Doit être &gt;&#xa0;{0}</translation>
    </message>
    <message>
        <source>Must be &lt; {0}</source>
        <translation>Doit être &lt;&#xa0;{0}</translation>
    </message>
    <message>
        <source>Must be one of: {0}</source>
        <translation>Doit être l’un de&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>, {0} rank correlations</source>
        <extracomment>The most samples a report runs: a scenario asking for more (up to 10^6) is reported from this many, and the report says so (about 1.5 s of engine time; the quantiles move in the third digit). The outputs whose tornado a report draws, and whose histogram (the first). The outputs of a sweep section when none are chosen (as ``colossus-desktop sweep``).</extracomment>
        <translation>, {0} corrélations de rang</translation>
    </message>
    <message>
        <source> (the scenario asks for {0}; a report runs at most {1})</source>
        <translation> (le scénario en demande {0}&#x202f;; un rapport en tire au plus {1})</translation>
    </message>
    <message>
        <source>{0} samples (Latin hypercube){1}, seed {2}, {3} uncertain inputs{4}</source>
        <translation>{0} tirages (hypercube latin){1}, graine {2}, {3} entrées incertaines{4}</translation>
    </message>
    <message>
        <source>Each input moved to the low and the high end of its distribution (P10 and P90 for normal and lognormal ones), every other input at the scenario&apos;s own value.</source>
        <translation>Chaque entrée est placée au bas puis au haut de sa distribution (P10 et P90 pour les lois normale et lognormale), toutes les autres restant à la valeur du scénario.</translation>
    </message>
    <message>
        <source>Every other input stays at the scenario&apos;s value; the parallel layout keeps the scenario&apos;s chosen degrees other than tensor, pipeline and data parallelism.</source>
        <extracomment>The most rows of a sweep&apos;s data table in the PDF (a 100 × 100 sweep would take 300 pages); the CSV and the XLSX have every row.</extracomment>
        <translation>Toutes les autres entrées restent à la valeur du scénario&#x202f;; le découpage parallèle garde les degrés choisis par le scénario, hors parallélisme de tenseur, de pipeline et de données.</translation>
    </message>
    <message>
        <source>Uncertainty: the inputs and their distributions</source>
        <extracomment>titles and sheet names that other texts quote</extracomment>
        <translation>Incertitude&#xa0;: les entrées et leurs distributions</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>Distributions</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Balayage</translation>
    </message>
    <message>
        <source>range</source>
        <extracomment>distribution kinds in words (the scenario&apos;s ``distribution`` values)</extracomment>
        <translation>plage</translation>
    </message>
    <message>
        <source>triangular</source>
        <translation>triangulaire</translation>
    </message>
    <message>
        <source>uniform</source>
        <translation>uniforme</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normale</translation>
    </message>
    <message>
        <source>lognormal</source>
        <translation>lognormale</translation>
    </message>
    <message>
        <source>{0}: {1} / {2} / {3} (low / mode / high)</source>
        <translation>{0}&#xa0;: {1} / {2} / {3} (bas / mode / haut)</translation>
    </message>
    <message>
        <source>{0}: {1} to {2}</source>
        <translation>{0}&#xa0;: de {1} à {2}</translation>
    </message>
    <message>
        <source>{0}: mean {1}, sd {2}</source>
        <translation>{0}&#xa0;: moyenne {1}, écart-type {2}</translation>
    </message>
    <message>
        <source>{0}: median {1}, sigma {2} (of ln x)</source>
        <translation>{0}&#xa0;: médiane {1}, sigma {2} (de ln x)</translation>
    </message>
    <message>
        <source>no source given</source>
        <translation>aucune source donnée</translation>
    </message>
    <message>
        <source>{0} ({1}): {2}. Source: {3}</source>
        <translation>{0} ({1})&#xa0;: {2}. Source&#xa0;: {3}</translation>
    </message>
    <message>
        <source>Rank correlation {0} ~ {1}: rho {2} (Iman–Conover)</source>
        <translation>Corrélation de rang {0} ~ {1}&#xa0;: rho {2} (Iman–Conover)</translation>
    </message>
    <message>
        <source>Scenario: {0}.</source>
        <translation>Scénario&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Monte Carlo: {0}. The same seed gives the same samples.</source>
        <translation>Monte-Carlo&#xa0;: {0}. La même graine donne les mêmes tirages.</translation>
    </message>
    <message>
        <source>Distributions and their sources:</source>
        <translation>Distributions et leurs sources&#xa0;:</translation>
    </message>
    <message>
        <source>Monte Carlo: {0}; the distributions and their sources are listed in the report (“{1}”).</source>
        <translation>Monte-Carlo&#xa0;: {0}&#x202f;; les distributions et leurs sources figurent dans le rapport («&#xa0;{1}&#xa0;»).</translation>
    </message>
    <message>
        <source>Uncertainty: P10, P50 and P90 of the key figures</source>
        <translation>Incertitude&#xa0;: P10, P50 et P90 des chiffres clés</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>This scenario</source>
        <translation>Ce scénario</translation>
    </message>
    <message>
        <source>Monte Carlo over the scenario&apos;s uncertain inputs: {0}. P10: one run in ten comes out lower; P90: one in ten higher.</source>
        <translation>Monte-Carlo sur les entrées incertaines du scénario&#xa0;: {0}. P10&#xa0;: un tirage sur dix donne moins&#x202f;; P90&#xa0;: un sur dix donne plus.</translation>
    </message>
    <message>
        <source>P10, P50 and P90 of each key figure over the samples.</source>
        <translation>P10, P50 et P90 de chaque chiffre clé sur les tirages.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Samples are clipped to each field&apos;s allowed range. {0}. The full sources: the speaker notes, the distributions CSV and the XLSX sheet “{1}”.</source>
        <translation>Les tirages sont ramenés dans la plage permise de chaque champ. {0}. Les sources complètes&#xa0;: les notes de l’orateur, le CSV des distributions et la feuille XLSX «&#xa0;{1}&#xa0;».</translation>
    </message>
    <message>
        <source>The uncertain inputs, each with its distribution and source.</source>
        <translation>Les entrées incertaines, chacune avec sa distribution et sa source.</translation>
    </message>
    <message>
        <source>Every input&apos;s swing: the speaker notes.</source>
        <translation>L’écart de chaque entrée&#xa0;: voir les notes de l’orateur.</translation>
    </message>
    <message>
        <source>Tornado: {0}</source>
        <translation>Tornade&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Tornado of {0}. {1} Largest swing first:</source>
        <translation>Tornade de {0}. {1} Plus grand écart d’abord&#xa0;:</translation>
    </message>
    <message>
        <source>Distribution: {0}</source>
        <translation>Distribution&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Histogram of {0}: P10 {1}, P50 {2}, P90 {3}; this scenario {4}.</source>
        <translation>Histogramme de {0}&#xa0;: P10 {1}, P50 {2}, P90 {3}&#x202f;; ce scénario {4}.</translation>
    </message>
    <message>
        <source>{0} ({1}), {2} values from {3} to {4}</source>
        <translation>{0} ({1}), {2} valeurs de {3} à {4}</translation>
    </message>
    <message>
        <source>{0} is {1} in the scenario</source>
        <translation>{0} vaut {1} dans le scénario</translation>
    </message>
    <message>
        <source>Sweep of {0}: {1} ({2} points).</source>
        <translation>Balayage de {0}&#xa0;: {1} ({2} points).</translation>
    </message>
    <message>
        <source>Sweep: {0}.</source>
        <translation>Balayage&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>{0} over {1} × {2}</source>
        <translation>{0} selon {1} × {2}</translation>
    </message>
    <message>
        <source>{0} vs {1}</source>
        <translation>{0} selon {1}</translation>
    </message>
    <message>
        <source>It ranges from {0} to {1}.</source>
        <translation>Il va de {0} à {1}.</translation>
    </message>
    <message>
        <source>The engine gave no result.</source>
        <translation>Le moteur n’a donné aucun résultat.</translation>
    </message>
    <message>
        <source>Sweep: {0}</source>
        <translation>Balayage&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0} across the sweep.</source>
        <translation>{0} sur le balayage.</translation>
    </message>
    <message>
        <source>The first {0} of {1} rows. </source>
        <translation>Les {0} premières lignes sur {1}. </translation>
    </message>
    <message>
        <source>Sweep: the data</source>
        <translation>Balayage&#xa0;: les données</translation>
    </message>
    <message>
        <source>{0}; {1} points.</source>
        <translation>{0}&#x202f;; {1} points.</translation>
    </message>
    <message>
        <source>Full-precision values: the sweep CSV and the XLSX sheet “{0}”.</source>
        <translation>Valeurs en pleine précision&#xa0;: le CSV du balayage et la feuille XLSX «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <source>blue</source>
        <extracomment>Colour names of the comparison&apos;s palette (drawing/charts/compare.py: scenario_colors), for the speaker notes: &quot;Colossus 2: blue&quot;.</extracomment>
        <translation>bleu</translation>
    </message>
    <message>
        <source>sky blue</source>
        <translation>bleu ciel</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <source>bluish green</source>
        <translation>vert bleuté</translation>
    </message>
    <message>
        <source>vermillion</source>
        <translation>vermillon</translation>
    </message>
    <message>
        <source>reddish purple</source>
        <translation>pourpre</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>jaune</translation>
    </message>
    <message>
        <source>dark yellow</source>
        <translation>jaune foncé</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>gris</translation>
    </message>
    <message>
        <source>black</source>
        <translation>noir</translation>
    </message>
    <message>
        <source>white</source>
        <translation>blanc</translation>
    </message>
    <message>
        <source>{0} pp</source>
        <translation>{0} pts</translation>
    </message>
    <message>
        <source>the foreground colour</source>
        <translation>la couleur du premier plan</translation>
    </message>
    <message>
        <source>Reference: {0} (ratios are each scenario&apos;s figure divided by {0}&apos;s).</source>
        <translation>Référence&#xa0;: {0} (les rapports divisent le chiffre de chaque scénario par celui de {0}).</translation>
    </message>
    <message>
        <source>The same model on each: {0}.</source>
        <translation>Le même modèle sur chacun&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Each scenario trains its own model (no common workload).</source>
        <translation>Chaque scénario entraîne son propre modèle (pas de charge commune).</translation>
    </message>
    <message>
        <source>P10 – P90 of {0} Monte Carlo samples (Latin hypercube, seed {1}) per scenario, with common random numbers; ratios are taken sample by sample.</source>
        <translation>P10 – P90 sur {0} tirages de Monte-Carlo (hypercube latin, graine {1}) par scénario, avec des nombres aléatoires communs&#x202f;; les rapports sont pris tirage par tirage.</translation>
    </message>
    <message>
        <source>Scenarios:</source>
        <translation>Scénarios&#xa0;:</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source> (ref.)</source>
        <translation> (réf.)</translation>
    </message>
    <message>
        <source>Key figures side by side</source>
        <translation>Chiffres clés côte à côte</translation>
    </message>
    <message>
        <source>Each figure with its ratio to the reference (×).</source>
        <translation>Chaque chiffre avec son rapport à la référence (×).</translation>
    </message>
    <message>
        <source>Each figure is followed by its ratio to the reference.</source>
        <translation>Chaque chiffre est suivi de son rapport à la référence.</translation>
    </message>
    <message>
        <source>Differences from {0}</source>
        <translation>Écarts par rapport à {0}</translation>
    </message>
    <message>
        <source>Difference = the scenario&apos;s figure minus the reference&apos;s.</source>
        <translation>Écart = le chiffre du scénario moins celui de la référence.</translation>
    </message>
    <message>
        <source>ratio {0} – {1}</source>
        <translation>rapport {0} – {1}</translation>
    </message>
    <message>
        <source>None of the scenarios carries uncertain inputs: single values.</source>
        <translation>Aucun scénario n’a d’entrées incertaines&#xa0;: valeurs uniques.</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Efficacité</translation>
    </message>
    <message>
        <source>Scenarios: {0}</source>
        <translation>Scénarios&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Time to train against cluster size, each scenario&apos;s size sweep; the dot is its own size.</source>
        <translation>Durée d’entraînement selon la taille de la grappe, balayage de taille de chaque scénario&#x202f;; le point marque sa propre taille.</translation>
    </message>
    <message>
        <source>The total cost of each year of the horizon (log scale).</source>
        <translation>Le coût total de chaque année de l’horizon (échelle logarithmique).</translation>
    </message>
    <message>
        <source>Average facility power (dot) and peak (bar) of each scenario (log scale).</source>
        <translation>Puissance moyenne du site (point) et de pointe (barre) de chaque scénario (échelle logarithmique).</translation>
    </message>
    <message>
        <source>Colours: {0}.</source>
        <translation>Couleurs&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>{0} comparison report</source>
        <translation>Rapport de comparaison {0}</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucune indiquée</translation>
    </message>
    <message>
        <source> vs </source>
        <translation> contre </translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>No sources are recorded in these scenarios.</source>
        <translation>Ces scénarios n’indiquent aucune source.</translation>
    </message>
    <message>
        <source>+{0} more in the PDF report.</source>
        <translation>+{0} autres dans le rapport PDF.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Key figures</source>
        <extracomment>XLSX sheet titles and column names a reader sees, in the report&apos;s language (the CSV files keep the English keys: they are data for scripts, like ``evaluate --json``)</extracomment>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements&#xa0;:</translation>
    </message>
    <message>
        <source>No sources are recorded in this scenario.</source>
        <translation>Ce scénario n’indique aucune source.</translation>
    </message>
    <message>
        <source>{0} more rows in the PDF report and the data files (CSV, XLSX).</source>
        <extracomment>Table rows per slide: 12 rows at 16 pt fill the slide under its title and stay legible on a projector. A longer table continues on further slides, up to MAX_TABLE_SLIDES.</extracomment>
        <translation>{0} lignes de plus dans le rapport PDF et les fichiers de données (CSV, XLSX).</translation>
    </message>
    <message>
        <source>key figures, {0} charts{1}, every assumption with its source.</source>
        <translation>chiffres clés, {0} graphiques{1}, chaque hypothèse avec sa source.</translation>
    </message>
    <message>
        <source>{0} report</source>
        <translation>Rapport {0}</translation>
    </message>
    <message>
        <source>uncertainty (P10/P50/P90, tornado, distribution)</source>
        <translation>incertitude (P10/P50/P90, tornade, distribution)</translation>
    </message>
    <message>
        <source>a sweep</source>
        <translation>un balayage</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Assumptions and their sources</source>
        <translation>Hypothèses et sources</translation>
    </message>
    <message>
        <source>key figure</source>
        <translation>chiffre clé</translation>
    </message>
    <message>
        <source>how it is computed</source>
        <translation>mode de calcul</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Yearly costs</source>
        <translation>Coûts annuels</translation>
    </message>
    <message>
        <source>Build-out</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Incertitude</translation>
    </message>
    <message>
        <source>section</source>
        <translation>section</translation>
    </message>
    <message>
        <source>field</source>
        <translation>champ</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>result</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>pool</source>
        <translation>lot</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>accelerator</source>
        <translation>accélérateur</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>arrival</source>
        <translation>arrivée</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>output</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scénario</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>distribution</source>
        <translation>distribution</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>paramètres</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Working…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>days</source>
        <extracomment>units written in words, worded again for display (symbols such as MW or USD stay)</extracomment>
        <translation>jours</translation>
    </message>
    <message>
        <source>years</source>
        <translation>ans</translation>
    </message>
    <message>
        <source>share</source>
        <translation>part</translation>
    </message>
    <message>
        <source>share/yr</source>
        <translation>part/an</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>par an</translation>
    </message>
    <message>
        <source>USD/yr</source>
        <translation>USD/an</translation>
    </message>
    <message>
        <source>$/yr</source>
        <translation>$/an</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>couches</translation>
    </message>
    <message>
        <source>heads</source>
        <translation>têtes</translation>
    </message>
    <message>
        <source>experts</source>
        <translation>experts</translation>
    </message>
    <message>
        <source>accelerators</source>
        <translation>accélérateurs</translation>
    </message>
    <message>
        <source>servers</source>
        <translation>serveurs</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>jetons</translation>
    </message>
    <message>
        <source>tokens/USD</source>
        <translation>jetons/USD</translation>
    </message>
    <message>
        <source>tokens/MWh</source>
        <translation>jetons/MWh</translation>
    </message>
    <message>
        <source>EFLOP/s per MW</source>
        <translation>EFLOP/s par MW</translation>
    </message>
    <message>
        <source>USD per PFLOP/s</source>
        <translation>USD par PFLOP/s</translation>
    </message>
    <message>
        <source>USD per 1e24 FLOP</source>
        <translation>USD par 1e24 FLOP</translation>
    </message>
    <message>
        <source>MWh per 1e24 FLOP</source>
        <translation>MWh par 1e24 FLOP</translation>
    </message>
    <message>
        <source>/GPU·yr</source>
        <translation>/GPU·an</translation>
    </message>
    <message>
        <source>USD/GPU-h</source>
        <translation>USD/h-GPU</translation>
    </message>
    <message>
        <source>per</source>
        <extracomment>words inside a longer unit (&quot;USD/yr&quot; → &quot;/yr&quot;, &quot; per PFLOP/s&quot;), worded again one by one</extracomment>
        <translation>par</translation>
    </message>
    <message>
        <source>yr</source>
        <translation>an</translation>
    </message>
    <message>
        <source>year</source>
        <translation>an</translation>
    </message>
    <message>
        <source>/yr</source>
        <translation>/an</translation>
    </message>
    <message>
        <source>/GPU-h</source>
        <translation>/h-GPU</translation>
    </message>
    <message>
        <source>GPU-h</source>
        <translation>h-GPU</translation>
    </message>
    <message>
        <source>per PFLOP/s</source>
        <translation>par PFLOP/s</translation>
    </message>
    <message>
        <source>per 1e24 FLOP</source>
        <translation>par 1e24 FLOP</translation>
    </message>
    <message>
        <source>per MW</source>
        <translation>par MW</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolérance</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identité</translation>
    </message>
    <message>
        <source>An input was derived from this figure; not in the median</source>
        <translation>Une entrée a été tirée de ce chiffre&#x202f;; hors médiane</translation>
    </message>
    <message>
        <source>Published figures contradict each other or the figure is ambiguous; not in the median.</source>
        <translation>Les chiffres publiés se contredisent ou le chiffre est ambigu&#x202f;; hors médiane.</translation>
    </message>
    <message>
        <source>Decision: {0}</source>
        <translation>Décision&#xa0;: {0}</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>calibration</source>
        <translation>calibration</translation>
    </message>
    <message>
        <source>A published run the step-time model&apos;s constants were fitted on; not in the median</source>
        <translation>Un entraînement publié sur lequel les constantes du modèle de durée d’étape ont été ajustées&#x202f;; hors médiane</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>within</source>
        <translation>dans la tolérance</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>hors tolérance</translation>
    </message>
    <message>
        <source>Published sources disagree: the range is kept; the error is 0 inside it</source>
        <translation>Les sources publiées divergent&#xa0;: la plage est conservée&#x202f;; l’erreur est nulle à l’intérieur</translation>
    </message>
    <message>
        <source>Model vs published</source>
        <translation>Modèle et chiffres publiés</translation>
    </message>
    <message>
        <source>The validation set cannot be read: {0}</source>
        <translation>Le jeu de validation est illisible&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0} published figures, each a scenario evaluated by the engine. Median error over the {1} model checks: {2} (target: 10%); {3} outside their tolerance. {4} identity checks (an input was derived from the same figure), {5} conflicting figures (sources disagree or the figure is ambiguous; hover “conflict” for the decision) and {6} throughput calibration rows (the step-time model was fitted on them) are left out of the median. Hover a point to name it; right-click the chart to export it.</source>
        <translation>{0} chiffres publiés, chacun un scénario évalué par le moteur. Erreur médiane sur les {1} contrôles du modèle&#xa0;: {2} (objectif&#xa0;: 10&#x202f;%)&#x202f;; {3} hors de leur tolérance. {4} contrôles d’identité (une entrée a été tirée du même chiffre), {5} chiffres contradictoires (les sources divergent ou le chiffre est ambigu&#x202f;; survolez «&#xa0;conflit&#xa0;» pour la décision) et {6} lignes de calibration du débit (le modèle de durée d’étape y a été ajusté) sont exclus de la médiane. Survolez un point pour le nommer&#x202f;; clic droit sur le graphique pour l’exporter.</translation>
    </message>
    <message>
        <source>Export {0}…</source>
        <translation>Exporter {0}…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>&amp;Model vs published…</source>
        <translation>&amp;Modèle et chiffres publiés…</translation>
    </message>
    <message>
        <source>The engine against every published figure it can express: table and parity chart</source>
        <translation>Le moteur face à tous les chiffres publiés qu’il peut exprimer&#xa0;: tableau et graphique de parité</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Compare</source>
        <extracomment>(name, tab title, factory): the tabs after &quot;Charts&quot;, in order. The factories import their module by name, statically, so PyInstaller&apos;s analysis finds every view for the bundle.</extracomment>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Balayage</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Incertitude</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Pannes</translation>
    </message>
    <message>
        <source>Open Co&amp;mparison…</source>
        <translation>Ouvrir une co&amp;mparaison…</translation>
    </message>
</context>
</TS>
