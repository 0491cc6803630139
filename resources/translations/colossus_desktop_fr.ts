<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Analysis</name>
    <message>
        <location filename="../../colossus_desktop/ui/views/picker.py" line="58"/>
        <source>Search inputs: PUE, price, pools[0]…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/picker.py" line="91"/>
        <source>Now {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/results_table.py" line="96"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/results_table.py" line="115"/>
        <source>{0} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/results_table.py" line="116"/>
        <source>First {0} of {1} rows shown; Export CSV writes them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/results_table.py" line="135"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/results_table.py" line="135"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/results_table.py" line="145"/>
        <source>Could not write {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/sweep.py" line="78"/>
        <source>Sweeping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/sweep.py" line="81"/>
        <source>Sweep cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/sweep.py" line="84"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/sweep.py" line="85"/>
        <location filename="../../colossus_desktop/ui/views/sweep.py" line="240"/>
        <source>Second input (heat map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/sweep.py" line="96"/>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/sweep.py" line="98"/>
        <source>Run sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/sweep.py" line="122"/>
        <source>Pick an input on the left to sweep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/sweep.py" line="130"/>
        <source>Heat map of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/sweep.py" line="221"/>
        <source>Pick an input to sweep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/sweep.py" line="224"/>
        <source>Pick two different inputs for a 2-D sweep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/sweep.py" line="229"/>
        <source>Sweeping {0} points…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/sweep.py" line="240"/>
        <source>Second input (heat map): off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/sweep.py" line="265"/>
        <source>{0} points swept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/sweep.py" line="269"/>
        <source>Sweep failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/sweep.py" line="320"/>
        <source>Tick an output to draw it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/sweep_controls.py" line="57"/>
        <location filename="../../colossus_desktop/ui/views/sweep_controls.py" line="90"/>
        <source>No input chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/sweep_controls.py" line="70"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/sweep_controls.py" line="71"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/sweep_controls.py" line="72"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/sweep_controls.py" line="123"/>
        <source>{0} — now {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty.py" line="80"/>
        <source>Monte Carlo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty.py" line="82"/>
        <source>Monte Carlo failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty.py" line="83"/>
        <source>Monte Carlo cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty.py" line="86"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty.py" line="88"/>
        <source>Run with the full sample count (edits re-run live with {0} samples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty.py" line="90"/>
        <location filename="../../colossus_desktop/ui/views/uncertainty.py" line="193"/>
        <source>Add an uncertain input to see its effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty.py" line="101"/>
        <location filename="../../colossus_desktop/ui/views/uncertainty.py" line="131"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty.py" line="101"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty.py" line="126"/>
        <source>P10 / P50 / P90 and tornado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty.py" line="127"/>
        <source>Histogram and CDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty.py" line="128"/>
        <location filename="../../colossus_desktop/ui/views/uncertainty_editor.py" line="159"/>
        <source>Samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty.py" line="172"/>
        <source>Running {0} samples…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty.py" line="182"/>
        <source>full run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty.py" line="182"/>
        <source>live preview; Run for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty.py" line="184"/>
        <source>{0} samples, seed {1} ({2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty_correlations.py" line="79"/>
        <source>Rank correlations between uncertain inputs (Iman–Conover)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty_correlations.py" line="83"/>
        <source>Input A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty_correlations.py" line="83"/>
        <source>Input B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty_correlations.py" line="110"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty_correlations.py" line="112"/>
        <location filename="../../colossus_desktop/ui/views/uncertainty_editor.py" line="116"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty_correlations.py" line="119"/>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty_correlations.py" line="120"/>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty_correlations.py" line="176"/>
        <source>Correlations ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty_correlations.py" line="176"/>
        <source>Correlations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty_correlations.py" line="186"/>
        <source>Spearman rank correlation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty_correlations.py" line="209"/>
        <source>Add two or more uncertain inputs to correlate them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty_correlations.py" line="232"/>
        <source>Choose two different inputs to correlate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty_editor.py" line="39"/>
        <source>Catalog range (low / typical / high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty_editor.py" line="40"/>
        <source>Uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty_editor.py" line="41"/>
        <source>Triangular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty_editor.py" line="42"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty_editor.py" line="43"/>
        <source>Lognormal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty_editor.py" line="45"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty_editor.py" line="45"/>
        <source>Most likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty_editor.py" line="46"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty_editor.py" line="46"/>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty_editor.py" line="47"/>
        <source>Standard deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty_editor.py" line="48"/>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty_editor.py" line="48"/>
        <source>σ of ln x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty_editor.py" line="112"/>
        <source>Add input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty_editor.py" line="141"/>
        <source>Add an uncertain input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty_editor.py" line="145"/>
        <source>Uncertain inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty_editor.py" line="160"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty_editor.py" line="235"/>
        <source>Add an input from the list above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/uncertainty_editor.py" line="284"/>
        <source>{0} is not a numeric input of this scenario</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../colossus_desktop/ui/autosave.py" line="121"/>
        <source>the document cannot be written as a scenario file ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Builder</name>
    <message>
        <location filename="../../colossus_desktop/ui/builder/__init__.py" line="38"/>
        <source>Accelerator pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/__init__.py" line="39"/>
        <location filename="../../colossus_desktop/ui/builder/costs.py" line="13"/>
        <location filename="../../colossus_desktop/ui/builder/costs.py" line="37"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/__init__.py" line="40"/>
        <source>Facility, power and storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/__init__.py" line="41"/>
        <source>Costs and finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/__init__.py" line="42"/>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/__init__.py" line="43"/>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/__init__.py" line="44"/>
        <source>Scenario and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/__init__.py" line="86"/>
        <source>Pool {0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/adapters.py" line="148"/>
        <location filename="../../colossus_desktop/ui/builder/custom_switch.py" line="284"/>
        <source>(not in catalog)</source>
        <extracomment>The largest value a QSpinBox holds (it is 32-bit): int fields stop here whatever the model allows. The top of a float field the model leaves unbounded: whole numbers are exact in a double up to 2**53, and 1e15 keeps the spin box&apos;s text (with separators and decimals) readable.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/costs.py" line="11"/>
        <source>Accelerators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/costs.py" line="12"/>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/costs.py" line="14"/>
        <location filename="../../colossus_desktop/ui/builder/costs.py" line="38"/>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="55"/>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/costs.py" line="15"/>
        <location filename="../../colossus_desktop/ui/builder/costs.py" line="40"/>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="17"/>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/costs.py" line="16"/>
        <location filename="../../colossus_desktop/ui/builder/costs.py" line="41"/>
        <source>Power plant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/costs.py" line="20"/>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/costs.py" line="22"/>
        <source>Server cost factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/costs.py" line="23"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/costs.py" line="24"/>
        <source>People operating the site, in full-time equivalents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/costs.py" line="25"/>
        <source>Cost per staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/costs.py" line="26"/>
        <source>GPU-hours used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/costs.py" line="27"/>
        <source>Share of installed GPU-hours that do useful work (allocated to jobs); sets the cost per used GPU-hour. Not the power utilisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/costs.py" line="32"/>
        <source>Maintenance per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/costs.py" line="36"/>
        <source>Accelerators and servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/costs.py" line="38"/>
        <source>Storage systems (arrays, drives and their servers): support and replacement parts, a share of their capex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/costs.py" line="46"/>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/costs.py" line="48"/>
        <source>Cost of capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/costs.py" line="49"/>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/costs.py" line="49"/>
        <location filename="../../colossus_desktop/ui/builder/costs.py" line="56"/>
        <source>years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/costs.py" line="50"/>
        <source>Years of operation counted in the total cost of ownership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/costs.py" line="54"/>
        <source>Depreciation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/costs.py" line="57"/>
        <source>Years over which this capex is depreciated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_accelerator.py" line="57"/>
        <source>Dense BF16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_accelerator.py" line="58"/>
        <source>Dense FP8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_accelerator.py" line="59"/>
        <source>Dense FP4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_accelerator.py" line="60"/>
        <source>HBM capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_accelerator.py" line="61"/>
        <source>HBM bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_accelerator.py" line="62"/>
        <source>TDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_accelerator.py" line="63"/>
        <source>Scale-up bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_accelerator.py" line="64"/>
        <source>Scale-up domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_accelerator.py" line="64"/>
        <source>accelerators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_accelerator.py" line="65"/>
        <source>Scale-out (NIC) bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_accelerator.py" line="65"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_accelerator.py" line="66"/>
        <source>Typical price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_accelerator.py" line="67"/>
        <source>System power factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_accelerator.py" line="67"/>
        <source>× TDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_accelerator.py" line="73"/>
        <location filename="../../colossus_desktop/ui/builder/custom_switch.py" line="72"/>
        <location filename="../../colossus_desktop/ui/builder/general.py" line="20"/>
        <location filename="../../colossus_desktop/ui/builder/pools/model.py" line="26"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_accelerator.py" line="75"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_accelerator.py" line="77"/>
        <location filename="../../colossus_desktop/ui/builder/pools/page.py" line="113"/>
        <source>Price covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_accelerator.py" line="105"/>
        <location filename="../../colossus_desktop/ui/builder/custom_accelerator.py" line="152"/>
        <source>Custom accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_accelerator.py" line="141"/>
        <source>give the chip a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_accelerator.py" line="156"/>
        <source>A chip that is not in the catalog, saved in this scenario. It starts from the pool&apos;s current chip: change what differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_accelerator.py" line="172"/>
        <source>supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_accelerator.py" line="174"/>
        <source>Untick if the chip has no dense {0} support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_accelerator.py" line="199"/>
        <source>YYYY-MM, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_accelerator.py" line="201"/>
        <source>Leave empty if unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_accelerator.py" line="249"/>
        <source>not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_switch.py" line="61"/>
        <source>Native ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_switch.py" line="61"/>
        <location filename="../../colossus_desktop/ui/builder/custom_switch.py" line="63"/>
        <source>ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_switch.py" line="62"/>
        <source>Port speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_switch.py" line="63"/>
        <source>Most logical ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_switch.py" line="63"/>
        <source>the native ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_switch.py" line="64"/>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="62"/>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_switch.py" line="65"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_switch.py" line="96"/>
        <location filename="../../colossus_desktop/ui/builder/custom_switch.py" line="138"/>
        <location filename="../../colossus_desktop/ui/builder/custom_switch.py" line="349"/>
        <location filename="../../colossus_desktop/ui/builder/custom_switch.py" line="353"/>
        <location filename="../../colossus_desktop/ui/builder/network.py" line="35"/>
        <source>Custom switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_switch.py" line="117"/>
        <source>give the switch a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_switch.py" line="140"/>
        <source>A switch that is not in the catalog, saved in this scenario. It starts from the current switch: change what differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_switch.py" line="276"/>
        <location filename="../../colossus_desktop/ui/builder/custom_switch.py" line="308"/>
        <location filename="../../colossus_desktop/ui/builder/custom_switch.py" line="341"/>
        <source>Custom switch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_switch.py" line="277"/>
        <source>Define a switch that is not in the catalog, starting from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_switch.py" line="308"/>
        <source>Edit “{0}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_switch.py" line="341"/>
        <location filename="../../colossus_desktop/ui/builder/pools/model.py" line="122"/>
        <source>{0} (custom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="19"/>
        <source>Cooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="20"/>
        <source>Cooling type from the catalog; picking one also sets its typical PUE and water use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="21"/>
        <source>PUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="22"/>
        <source>Power usage effectiveness: facility power / IT power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="23"/>
        <source>Water use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="24"/>
        <source>Build cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="28"/>
        <source>Power supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="30"/>
        <source>Average load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="31"/>
        <source>Grid region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="32"/>
        <source>Grid the price and carbon figures come from; picking one sets both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="33"/>
        <source>Grid connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="34"/>
        <source>Power the utility grid can deliver to the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="35"/>
        <source>Grid price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="36"/>
        <source>Price of grid electricity, all-in, per MWh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="37"/>
        <source>Grid carbon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="38"/>
        <source>Carbon intensity of grid electricity, kg CO₂ per MWh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="39"/>
        <source>On-site turbines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="40"/>
        <source>Capacity of on-site gas turbines, used after the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="41"/>
        <source>Turbine energy cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="42"/>
        <source>Turbine carbon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="43"/>
        <source>Carbon intensity of the turbines&apos; electricity, kg CO₂ per MWh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="44"/>
        <source>Turbine capex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="45"/>
        <source>Capital cost of the turbines per MW installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="46"/>
        <source>Battery power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="47"/>
        <source>Power the batteries can deliver to cover peaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="48"/>
        <source>Battery energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="49"/>
        <source>Energy the batteries store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="50"/>
        <source>Battery capex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="51"/>
        <source>Capital cost of the batteries per MWh of storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="57"/>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="58"/>
        <source>Usable storage capacity, petabytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="59"/>
        <source>Write bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="60"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="61"/>
        <source>Capital cost of storage per petabyte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/facility.py" line="63"/>
        <source>Power drawn by storage per petabyte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/fields.py" line="113"/>
        <source>Allowed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/fields.py" line="115"/>
        <source>Lowest value shows “{0}”: leave it unset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/fields.py" line="119"/>
        <source>Default: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/fields.py" line="123"/>
        <source>Source in this scenario: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/fields.py" line="214"/>
        <source>Change {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/general.py" line="18"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/general.py" line="20"/>
        <source>The scenario&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/general.py" line="21"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/general.py" line="21"/>
        <source>What this scenario models and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/general.py" line="27"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/general.py" line="39"/>
        <source>No sources recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/model_picker.py" line="29"/>
        <source>{0:g} B parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/model_picker.py" line="31"/>
        <source>, {0:g} B active per token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/model_picker.py" line="41"/>
        <source>Keep the architecture and parameters entered below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/model_picker.py" line="45"/>
        <location filename="../../colossus_desktop/ui/builder/model_picker.py" line="46"/>
        <source>Described below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/model_picker.py" line="45"/>
        <source>Model catalog: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/model_picker.py" line="64"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/model_picker.py" line="66"/>
        <source>A model from the catalog sets the architecture, the sequence length and the parameter counts below, each with its source; “Described below” keeps what is entered. File → Import Model… reads a Hugging Face config.json instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/network.py" line="12"/>
        <source>NVIDIA Quantum InfiniBand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/network.py" line="13"/>
        <source>Standard RoCE Ethernet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/network.py" line="14"/>
        <source>NVIDIA Spectrum-X Ethernet (adaptive routing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/network.py" line="18"/>
        <source>Servers and racks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/network.py" line="20"/>
        <source>Accelerators per server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/network.py" line="21"/>
        <source>Accelerators in one server (node).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/network.py" line="22"/>
        <source>Servers per rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/network.py" line="23"/>
        <source>Servers (nodes) in one rack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/network.py" line="27"/>
        <source>Scale-out fabric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/network.py" line="29"/>
        <source>Fabric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/network.py" line="30"/>
        <source>Kind of scale-out network between servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/network.py" line="31"/>
        <source>Switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/network.py" line="33"/>
        <source>The switch of the scale-out fabric: a catalog switch, or “Custom switch…” for one defined in this scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/network.py" line="36"/>
        <source>A switch that is not in the catalog (ports, port speed, power, price), saved in this scenario; it replaces the catalog switch. Pick a catalog switch above to go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/network.py" line="39"/>
        <source>Link per accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/network.py" line="40"/>
        <source>Each chip&apos;s own NICs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/network.py" line="41"/>
        <source>NIC ports per server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/network.py" line="42"/>
        <source>One per accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/network.py" line="43"/>
        <source>Planes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/network.py" line="44"/>
        <source>Rail-optimised leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/network.py" line="45"/>
        <source>Optical links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/network.py" line="49"/>
        <source>Pods and oversubscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/network.py" line="51"/>
        <source>Accelerators per pod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/network.py" line="52"/>
        <source>No pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/network.py" line="53"/>
        <source>Leaf oversubscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/network.py" line="54"/>
        <source>Above pods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/network.py" line="58"/>
        <source>Front-end network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/network.py" line="60"/>
        <source>Per server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/network.py" line="61"/>
        <source>Oversubscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/pools/delegate.py" line="31"/>
        <source>Custom accelerator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/pools/delegate.py" line="34"/>
        <source>Define a chip that is not in the catalog, starting from this pool&apos;s chip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/pools/delegate.py" line="53"/>
        <source>catalog price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/pools/model.py" line="26"/>
        <source>Accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/pools/model.py" line="26"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/pools/model.py" line="26"/>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/pools/model.py" line="26"/>
        <source>Price each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/pools/model.py" line="32"/>
        <source>A label for this batch of accelerators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/pools/model.py" line="33"/>
        <source>The chip, from the catalog (hover an entry for its specs and sources), or a custom accelerator defined in this scenario (“Custom accelerator…”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/pools/model.py" line="36"/>
        <source>Month the pool is installed and running, written YYYY-MM (e.g. 2025-07).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/pools/model.py" line="37"/>
        <source>Set to 0 for the catalog price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/pools/model.py" line="133"/>
        <source>catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/pools/model.py" line="154"/>
        <source>Edit pool {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/pools/page.py" line="81"/>
        <source>Add</source>
        <extracomment>the questions this page asks (the custom-accelerator form); tests replace it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/pools/page.py" line="81"/>
        <source>Add a pool after the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/pools/page.py" line="82"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/pools/page.py" line="82"/>
        <source>Copy the selected pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/pools/page.py" line="83"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/pools/page.py" line="83"/>
        <source>Remove the selected pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/pools/page.py" line="84"/>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/pools/page.py" line="84"/>
        <source>Define or edit a custom accelerator for the selected pool, starting from its current chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/pools/page.py" line="86"/>
        <source>Move the selected pool up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/pools/page.py" line="87"/>
        <source>Move the selected pool down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/pools/page.py" line="204"/>
        <source>Change what the pool price covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/pools/page.py" line="239"/>
        <source>Custom accelerator — pool {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/pools/page.py" line="251"/>
        <source>Custom accelerator not applied — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/pools/page.py" line="263"/>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/pools/spec_text.py" line="34"/>
        <source>{0}: not in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/pools/spec_text.py" line="112"/>
        <source>not supported or unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/pools/spec_text.py" line="113"/>
        <source>custom accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/custom_switch.py" line="362"/>
        <location filename="../../colossus_desktop/ui/builder/pools/spec_text.py" line="69"/>
        <location filename="../../colossus_desktop/ui/builder/pools/spec_text.py" line="114"/>
        <source>custom, from this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/pools/spec_text.py" line="77"/>
        <source>Defined in this scenario, not in the catalog. Edit it with “Custom…”; pick a catalog chip in the Accelerator column to go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/predicted.py" line="122"/>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="64"/>
        <source>Predicted</source>
        <extracomment>Flags this panel words under its figures (the others belong to the status bar).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/predicted.py" line="124"/>
        <source>What the engine predicts for this run from the model, the layout and the cluster; read-only. Empty inputs above are predicted or searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/predicted.py" line="132"/>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="64"/>
        <source>MFU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/predicted.py" line="132"/>
        <source>Model FLOPs utilisation in use: your input, or predicted when the MFU field is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/predicted.py" line="134"/>
        <source>Per accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/predicted.py" line="134"/>
        <source>Model FLOPs per second per accelerator of the run (no recomputation counted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/predicted.py" line="136"/>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/predicted.py" line="136"/>
        <source>Tensor · pipeline · data · expert · context parallel sizes: fixed where you set them, else the fastest the search found that fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/predicted.py" line="138"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/predicted.py" line="138"/>
        <source>Virtual pipeline stages, micro-batch (sequences), recomputation and ZeRO stage of that layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/predicted.py" line="140"/>
        <source>Step time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/predicted.py" line="140"/>
        <source>One optimizer step of that layout, and the tokens it trains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/predicted.py" line="141"/>
        <source>Memory per GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/predicted.py" line="141"/>
        <source>Model states (weights, gradients, optimizer) plus activations of the heaviest pipeline stage, against the accelerator&apos;s memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/predicted.py" line="186"/>
        <source>{0} (your input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/predicted.py" line="188"/>
        <source>predicted {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/predicted.py" line="190"/>
        <source>{0} (predicted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/predicted.py" line="195"/>
        <source>of the {0} peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/predicted.py" line="205"/>
        <source>{0} tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/predicted.py" line="211"/>
        <source>{0} of {1}: states {2} + activations {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/predicted.py" line="214"/>
        <source>— of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/predicted.py" line="216"/>
        <source>does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/predicted.py" line="222"/>
        <source>Describe the model&apos;s architecture (at least layers, width, heads and vocabulary) to predict MFU, the layout, the step time and memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/predicted.py" line="248"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/predicted.py" line="248"/>
        <source>selective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/predicted.py" line="248"/>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/predicted.py" line="252"/>
        <source>v {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/predicted.py" line="254"/>
        <source>micro-batch {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/predicted.py" line="256"/>
        <source>recompute {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/predicted.py" line="258"/>
        <source>ZeRO {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/price_basis.py" line="16"/>
        <source>Chip alone (servers added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/price_basis.py" line="16"/>
        <source>Whole system (server included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/price_basis.py" line="21"/>
        <source>What the price per accelerator covers. “Chip alone”: the accelerator only; the server around it is added as Costs → Server cost factor × the chips&apos; cost. “Whole system”: its share of a whole system with the server included (a DGX/HGX server, an NVL72 rack), so nothing is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/price_basis.py" line="40"/>
        <source>Custom chip&apos;s ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/price_basis.py" line="40"/>
        <source>Catalog&apos;s ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/price_basis.py" line="47"/>
        <source>Set for this pool: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/price_basis.py" line="49"/>
        <source>The custom chip&apos;s: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/price_basis.py" line="51"/>
        <source>The catalog&apos;s for this chip: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/reliability.py" line="12"/>
        <source>Failures and spares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/reliability.py" line="14"/>
        <source>Failure rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/reliability.py" line="14"/>
        <location filename="../../colossus_desktop/ui/builder/reliability.py" line="21"/>
        <source>/GPU·yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/reliability.py" line="15"/>
        <source>Hot spares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/reliability.py" line="19"/>
        <source>Failure simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/reliability.py" line="21"/>
        <source>Planned maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/reliability.py" line="23"/>
        <source>Repair time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/reliability.py" line="23"/>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/reliability.py" line="24"/>
        <source>Degraded running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/reliability.py" line="25"/>
        <source>Continue on fewer DP replicas when no spare is left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="32"/>
        <source>16-bit brain floating point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="33"/>
        <source>8-bit floating point matrix multiplications; weights, gradients and optimizer states stay in BF16/FP32 (BF16 rate where the chip has no FP8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="35"/>
        <source>4-bit floating point matrix multiplications; the rest as in BF16 mixed precision (FP8 or BF16 rate where unsupported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="42"/>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="51"/>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="132"/>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="42"/>
        <source>The layout search picks the fastest policy that fits in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="43"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="43"/>
        <source>Keep every activation: fastest, most memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="44"/>
        <source>Selective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="44"/>
        <source>Recompute the attention core only (Korthikanti et al. 2022).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="45"/>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="45"/>
        <source>Keep only each layer&apos;s input and recompute the layer in the backward pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="51"/>
        <source>The layout search picks the stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="52"/>
        <source>0 — replicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="52"/>
        <source>Every data-parallel replica holds all weights, gradients and optimizer states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="53"/>
        <source>1 — optimizer states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="53"/>
        <source>Optimizer states sharded over data parallel (Megatron&apos;s distributed optimizer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="54"/>
        <source>2 — and gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="54"/>
        <source>Optimizer states and gradients sharded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="55"/>
        <source>3 — and weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="55"/>
        <source>Optimizer states, gradients and weights sharded (FSDP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="61"/>
        <source>Run name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="61"/>
        <source>A label for the training run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="62"/>
        <source>Training tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="62"/>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="63"/>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="65"/>
        <source>Sequence length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="65"/>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="66"/>
        <source>tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="65"/>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="67"/>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="87"/>
        <source>Unset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="66"/>
        <source>Global batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="68"/>
        <source>Fused kernels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="69"/>
        <source>FlashAttention, fused element-wise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="75"/>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="75"/>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="76"/>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="76"/>
        <source>Active parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="77"/>
        <source>From the shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="78"/>
        <source>Parameters each token uses (MoE), billions; empty = counted from the architecture when it is complete, else all of them (dense).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="94"/>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="95"/>
        <source>Hidden size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="96"/>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="110"/>
        <source>MLP width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="97"/>
        <source>Vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="97"/>
        <source>Tokens in the vocabulary (embedding rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="98"/>
        <source>Tied embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="99"/>
        <source>input and output share one matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="100"/>
        <source>Gated MLP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="100"/>
        <source>SwiGLU (three matrices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="103"/>
        <source>Attention heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="103"/>
        <source>Query heads per layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="104"/>
        <source>Key/value heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="104"/>
        <source>One per head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="105"/>
        <source>Head width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="105"/>
        <source>Hidden / heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="108"/>
        <source>Routed experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="108"/>
        <source>Dense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="109"/>
        <source>Experts per token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="110"/>
        <source>Expert MLP width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="111"/>
        <source>Shared experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="112"/>
        <source>Leading dense layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="115"/>
        <source>Query rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="116"/>
        <source>Key/value rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="117"/>
        <source>Query/key width (no RoPE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="118"/>
        <source>MLA: per-head query/key width without rotary position embedding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="119"/>
        <source>Query/key width (RoPE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="120"/>
        <source>MLA: per-head query/key width carrying rotary position embedding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="121"/>
        <source>Value width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="121"/>
        <source>MLA: per-head value width.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="124"/>
        <source>Architecture: layers and width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="125"/>
        <source>Architecture: attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="126"/>
        <source>Architecture: mixture of experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="127"/>
        <source>Architecture: multi-head latent attention (MLA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="134"/>
        <source>Tensor parallel (TP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="135"/>
        <source>Pipeline stages (PP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="136"/>
        <source>Data parallel (DP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="137"/>
        <source>Expert parallel (EP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="138"/>
        <source>Context parallel (CP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="139"/>
        <source>Virtual stages (v)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="140"/>
        <source>Micro-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="140"/>
        <source>sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="141"/>
        <source>Recomputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="142"/>
        <source>ZeRO stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="147"/>
        <source>blocking (training stops for the write)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="147"/>
        <source>Training waits while the checkpoint is written to storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="149"/>
        <source>asynchronous (snapshot, then upload)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="149"/>
        <source>Training stops only for a snapshot to host memory; the upload runs in the background (MegaScale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="156"/>
        <source>Accelerators used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="156"/>
        <source>whole cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="157"/>
        <source>Checkpoint size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="158"/>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="159"/>
        <source>Checkpoint interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="159"/>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="163"/>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="160"/>
        <source>auto (Young–Daly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="161"/>
        <source>Checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="162"/>
        <source>Snapshot time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="162"/>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="163"/>
        <source>Restart time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="164"/>
        <source>Rental price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="165"/>
        <source>own cluster cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="172"/>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="221"/>
        <source>Training run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="173"/>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="222"/>
        <source>Model size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="175"/>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="230"/>
        <source>Parallelism (empty = searched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="176"/>
        <location filename="../../colossus_desktop/ui/builder/workload.py" line="233"/>
        <source>Job and checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/buildout.py" line="30"/>
        <source>Build-out timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/buildout.py" line="53"/>
        <location filename="../../colossus_desktop/drawing/charts/buildout.py" line="61"/>
        <source>Installed accelerators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/buildout.py" line="53"/>
        <location filename="../../colossus_desktop/drawing/charts/buildout.py" line="61"/>
        <location filename="../../colossus_desktop/drawing/charts/capex.py" line="20"/>
        <location filename="../../colossus_desktop/drawing/charts/compare.py" line="79"/>
        <location filename="../../colossus_desktop/drawing/charts/power.py" line="38"/>
        <location filename="../../colossus_desktop/drawing/charts/reliability.py" line="45"/>
        <location filename="../../colossus_desktop/drawing/charts/time_to_train.py" line="53"/>
        <source>Accelerators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/buildout.py" line="56"/>
        <source>Facility power (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/buildout.py" line="57"/>
        <source>Cumulative capex (US$)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/buildout.py" line="58"/>
        <source>Month (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/buildout.py" line="62"/>
        <location filename="../../colossus_desktop/drawing/charts/compare.py" line="176"/>
        <source>Facility power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/buildout.py" line="62"/>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="39"/>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/buildout.py" line="63"/>
        <source>Cumulative capex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/buildout.py" line="63"/>
        <source>Capex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/buildout.py" line="112"/>
        <location filename="../../colossus_desktop/drawing/charts/compare.py" line="230"/>
        <location filename="../../colossus_desktop/drawing/charts/reliability.py" line="97"/>
        <location filename="../../colossus_desktop/drawing/charts/time_to_train.py" line="161"/>
        <source>accelerators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/buildout.py" line="113"/>
        <source>facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/buildout.py" line="114"/>
        <source>capex to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/capex.py" line="21"/>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/capex.py" line="22"/>
        <location filename="../../colossus_desktop/drawing/charts/power.py" line="40"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/capex.py" line="23"/>
        <location filename="../../colossus_desktop/drawing/charts/power.py" line="41"/>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/capex.py" line="24"/>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/capex.py" line="25"/>
        <source>Power plant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/capex.py" line="32"/>
        <source>Capex by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/capex.py" line="51"/>
        <source>Capex (US$)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/capex.py" line="79"/>
        <source>total {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/compare.py" line="65"/>
        <source>Time to train vs accelerators used</source>
        <extracomment>Scenario colours in order (Okabe–Ito, distinguishable with the common colour blindnesses); the first is the theme&apos;s primary line colour, the last the theme&apos;s foreground.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/compare.py" line="78"/>
        <location filename="../../colossus_desktop/drawing/charts/time_to_train.py" line="52"/>
        <source>Time to train (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/compare.py" line="78"/>
        <location filename="../../colossus_desktop/drawing/charts/failure_timeline.py" line="70"/>
        <location filename="../../colossus_desktop/drawing/charts/failure_timeline.py" line="170"/>
        <location filename="../../colossus_desktop/drawing/charts/time_to_train.py" line="52"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/compare.py" line="79"/>
        <source>Accelerators the run uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/compare.py" line="112"/>
        <source>the same model on each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/compare.py" line="112"/>
        <source>each scenario&apos;s own run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/compare.py" line="130"/>
        <source>Cost per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/compare.py" line="137"/>
        <location filename="../../colossus_desktop/drawing/charts/cost_years.py" line="63"/>
        <source>Cost per year (US$)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/compare.py" line="137"/>
        <location filename="../../colossus_desktop/drawing/charts/cost_years.py" line="63"/>
        <source>US$ per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/compare.py" line="138"/>
        <location filename="../../colossus_desktop/drawing/charts/cost_years.py" line="64"/>
        <source>Year of operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/compare.py" line="138"/>
        <location filename="../../colossus_desktop/drawing/charts/compare.py" line="231"/>
        <location filename="../../colossus_desktop/drawing/charts/cost_years.py" line="64"/>
        <location filename="../../colossus_desktop/drawing/charts/cost_years.py" line="135"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/compare.py" line="163"/>
        <source>log scale: depreciation, capital, energy, maintenance, staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/compare.py" line="190"/>
        <source>Facility power (MW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/compare.py" line="190"/>
        <source>MW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/compare.py" line="191"/>
        <source>Average (dot) and peak (bar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/compare.py" line="191"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/compare.py" line="218"/>
        <source>log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/compare.py" line="232"/>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/cost_years.py" line="16"/>
        <source>Depreciation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/cost_years.py" line="17"/>
        <source>Cost of capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/cost_years.py" line="18"/>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="40"/>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/cost_years.py" line="19"/>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/cost_years.py" line="20"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/cost_years.py" line="24"/>
        <source>Capital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/cost_years.py" line="25"/>
        <source>Maint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/cost_years.py" line="45"/>
        <source>Cost per year over the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/cost_years.py" line="118"/>
        <location filename="../../colossus_desktop/drawing/charts/time_to_train.py" line="124"/>
        <source>P10–P90 (uncertainty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/cost_years.py" line="118"/>
        <location filename="../../colossus_desktop/drawing/charts/time_to_train.py" line="124"/>
        <source>P10–P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/cost_years.py" line="120"/>
        <source>{0} years, {1} in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/failure_timeline.py" line="50"/>
        <source>One simulated run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/failure_timeline.py" line="69"/>
        <location filename="../../colossus_desktop/drawing/charts/failure_timeline.py" line="106"/>
        <location filename="../../colossus_desktop/drawing/charts/failure_timeline.py" line="199"/>
        <source>Work kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/failure_timeline.py" line="69"/>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/failure_timeline.py" line="70"/>
        <source>Wall-clock days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/failure_timeline.py" line="106"/>
        <source>Work kept (replica 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/failure_timeline.py" line="110"/>
        <source>Analytic (Daly): {0} goodput, {1} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/failure_timeline.py" line="112"/>
        <source>Daly {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/failure_timeline.py" line="117"/>
        <source> (one in {0} shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/failure_timeline.py" line="120"/>
        <source>Failures: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/failure_timeline.py" line="120"/>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/failure_timeline.py" line="121"/>
        <source>Planned maintenance: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/failure_timeline.py" line="121"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/failure_timeline.py" line="122"/>
        <source>Restarts (training resumes): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/failure_timeline.py" line="124"/>
        <source>Checkpoints: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/failure_timeline.py" line="124"/>
        <source>Checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/failure_timeline.py" line="134"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/failure_timeline.py" line="134"/>
        <source>stopped unfinished at the cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/failure_timeline.py" line="198"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/failure_timeline.py" line="200"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/failure_timeline.py" line="123"/>
        <location filename="../../colossus_desktop/drawing/charts/failure_timeline.py" line="152"/>
        <source>Restarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/failure_timeline.py" line="153"/>
        <source>Rework since the last checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/failure_timeline.py" line="154"/>
        <source>Checkpoints (blocking part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/failure_timeline.py" line="155"/>
        <source>Waiting for a node (no spare)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/failure_timeline.py" line="156"/>
        <source>Running on fewer replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/failure_timeline.py" line="161"/>
        <source>Time lost by cause (mean)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/failure_timeline.py" line="170"/>
        <location filename="../../colossus_desktop/drawing/charts/failure_timeline.py" line="188"/>
        <source>Days lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/failure_timeline.py" line="188"/>
        <source>Mean days lost per run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/heatmap.py" line="64"/>
        <source>2-D sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/heatmap.py" line="150"/>
        <source>{0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/heatmap.py" line="151"/>
        <location filename="../../colossus_desktop/drawing/charts/histogram.py" line="116"/>
        <location filename="../../colossus_desktop/drawing/charts/reliability.py" line="50"/>
        <location filename="../../colossus_desktop/drawing/charts/sweep_line.py" line="91"/>
        <location filename="../../colossus_desktop/drawing/charts/time_to_train.py" line="60"/>
        <location filename="../../colossus_desktop/drawing/charts/time_to_train.py" line="121"/>
        <source>This scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/histogram.py" line="113"/>
        <source>{0} samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/histogram.py" line="114"/>
        <source>P10, P50, P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/histogram.py" line="116"/>
        <source>This scenario (no uncertainty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/histogram.py" line="139"/>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/histogram.py" line="145"/>
        <location filename="../../colossus_desktop/drawing/charts/histogram.py" line="225"/>
        <source>Share of samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/histogram.py" line="145"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/histogram.py" line="153"/>
        <source>Samples per bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/histogram.py" line="188"/>
        <source>Cumulative distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/histogram.py" line="194"/>
        <source>Probability of a value at or below x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/histogram.py" line="194"/>
        <source>P(≤ x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/histogram.py" line="201"/>
        <source>Cumulative share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/histogram.py" line="226"/>
        <source>of samples at or below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="35"/>
        <source>Training</source>
        <extracomment>the symbol of each kind of figure (pyqtgraph names): model, identity check, conflict y ticks, most important first: a tick is labelled only if it clears the ones before it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="36"/>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="37"/>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="38"/>
        <source>Cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="41"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="69"/>
        <source>Each point is one published figure. y = model ÷ published (log), so the parity line y = x is the line at ×1 and the shaded bands are ±10% and ±30%. x groups the figures by category, ordered by published value within each (their units differ: FLOP, MW, US$, shares). Diamonds are identity checks: an input was derived from the same figure. Triangles are conflicting figures: sources disagree or the figure is ambiguous (see the table for the decision). Squares are the throughput calibration rows the step-time model was fitted on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="82"/>
        <source>Model vs published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="115"/>
        <source>Model ÷ published (log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="115"/>
        <source>Model ÷ published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="116"/>
        <source>Published figures by category, in order of published value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="117"/>
        <source>Figures by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="123"/>
        <source>Within tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="123"/>
        <source>Within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="124"/>
        <source>Outside tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="124"/>
        <source>Outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="125"/>
        <source>Identity check (not in the median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="125"/>
        <source>Identity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="126"/>
        <source>Conflicting figure (not in the median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="126"/>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="127"/>
        <source>Throughput calibration row (not in the median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="127"/>
        <source>Calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="128"/>
        <source>Parity (model = published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="128"/>
        <source>Parity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="129"/>
        <source>±10%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="130"/>
        <source>±30%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="180"/>
        <source>median error {0} over {1} figures, {2} outside tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="225"/>
        <source>within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="225"/>
        <source>outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="234"/>
        <source>Identity check: an input was derived from this figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="236"/>
        <source>Calibration row: the step-time model&apos;s constants were fitted on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="238"/>
        <source>Conflicting figure, not in the median. Decision: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="248"/>
        <source>Model vs published: {0} published figures held against the engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="249"/>
        <source>Each figure&apos;s publisher, quote and tolerance: Colossus Desktop, Help → Model vs published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="250"/>
        <source>y = model ÷ published (×1 = parity), bands ±10% and ±30%; x = figures by category, by published value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="254"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="255"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="256"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/parity.py" line="257"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/power.py" line="20"/>
        <source>Demand (avg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/power.py" line="21"/>
        <source>Served (avg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/power.py" line="22"/>
        <location filename="../../colossus_desktop/drawing/charts/power.py" line="27"/>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/power.py" line="25"/>
        <source>Demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/power.py" line="26"/>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/power.py" line="31"/>
        <source>Accel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/power.py" line="32"/>
        <source>Cooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/compare.py" line="233"/>
        <location filename="../../colossus_desktop/drawing/charts/power.py" line="33"/>
        <source>Peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/power.py" line="39"/>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/power.py" line="42"/>
        <source>Cooling &amp; losses (PUE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/power.py" line="43"/>
        <source>Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/power.py" line="44"/>
        <source>Turbines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/power.py" line="45"/>
        <source>Shortfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/power.py" line="46"/>
        <source>Batteries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/power.py" line="58"/>
        <source>Power: demand and supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/power.py" line="77"/>
        <source>Power (W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/power.py" line="78"/>
        <source>Average demand, how it is served, and installed supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/power.py" line="79"/>
        <source>Demand and supply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/power.py" line="135"/>
        <location filename="../../colossus_desktop/drawing/charts/power.py" line="153"/>
        <source>Peak demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/power.py" line="137"/>
        <source>facility {0} avg, {1} peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/reliability.py" line="18"/>
        <source>Reliability vs cluster size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/reliability.py" line="43"/>
        <location filename="../../colossus_desktop/drawing/charts/reliability.py" line="48"/>
        <source>Interruptions per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/reliability.py" line="43"/>
        <location filename="../../colossus_desktop/drawing/charts/reliability.py" line="48"/>
        <source>Interruptions/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/reliability.py" line="44"/>
        <source>Goodput (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/reliability.py" line="45"/>
        <location filename="../../colossus_desktop/drawing/charts/time_to_train.py" line="53"/>
        <source>Cluster size (accelerators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/reliability.py" line="49"/>
        <location filename="../../colossus_desktop/drawing/charts/reliability.py" line="101"/>
        <source>Goodput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/reliability.py" line="81"/>
        <source>this scenario: {0}/day, goodput {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/reliability.py" line="98"/>
        <source>Interruptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/reliability.py" line="99"/>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/reliability.py" line="100"/>
        <source>one every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/step_time.py" line="27"/>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/step_time.py" line="28"/>
        <source>Recomputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/step_time.py" line="28"/>
        <source>Recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/step_time.py" line="29"/>
        <source>Tensor-parallel comms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/step_time.py" line="29"/>
        <source>TP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/step_time.py" line="30"/>
        <source>Pipeline bubble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/step_time.py" line="30"/>
        <source>Bubble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/step_time.py" line="31"/>
        <source>Data-parallel comms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/step_time.py" line="31"/>
        <source>DP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/step_time.py" line="32"/>
        <source>Expert all-to-all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/step_time.py" line="32"/>
        <source>EP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/step_time.py" line="33"/>
        <source>Context-parallel ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/step_time.py" line="33"/>
        <source>CP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/step_time.py" line="35"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/step_time.py" line="35"/>
        <source>selective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/step_time.py" line="36"/>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/step_time.py" line="37"/>
        <source>No layout to compare: describe the model&apos;s
architecture on the Workload page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/step_time.py" line="52"/>
        <source>Step time by layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/step_time.py" line="72"/>
        <source>Seconds per optimizer step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/step_time.py" line="72"/>
        <source>s per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/step_time.py" line="141"/>
        <source>needs the model&apos;s shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/step_time.py" line="143"/>
        <source>no layout fits in memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/step_time.py" line="145"/>
        <source>chosen: {0} per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/step_time.py" line="179"/>
        <source>Chosen layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/step_time.py" line="179"/>
        <source>Alternative {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/step_time.py" line="188"/>
        <source>Step time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/sweep_line.py" line="39"/>
        <source>Sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/sweep_line.py" line="90"/>
        <location filename="../../colossus_desktop/drawing/charts/time_to_train.py" line="110"/>
        <source>this scenario: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/sweep_line.py" line="91"/>
        <source>Swept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/time_to_train.py" line="27"/>
        <source>Time to train vs cluster size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/time_to_train.py" line="57"/>
        <location filename="../../colossus_desktop/drawing/charts/time_to_train.py" line="118"/>
        <source>Wall-clock, with failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/time_to_train.py" line="57"/>
        <location filename="../../colossus_desktop/drawing/charts/time_to_train.py" line="118"/>
        <location filename="../../colossus_desktop/drawing/charts/time_to_train.py" line="162"/>
        <source>Wall-clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/time_to_train.py" line="58"/>
        <location filename="../../colossus_desktop/drawing/charts/time_to_train.py" line="119"/>
        <source>Ideal compute, no failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/time_to_train.py" line="58"/>
        <location filename="../../colossus_desktop/drawing/charts/time_to_train.py" line="119"/>
        <source>Ideal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/time_to_train.py" line="59"/>
        <location filename="../../colossus_desktop/drawing/charts/time_to_train.py" line="120"/>
        <source>Time lost to failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/time_to_train.py" line="59"/>
        <location filename="../../colossus_desktop/drawing/charts/time_to_train.py" line="120"/>
        <location filename="../../colossus_desktop/drawing/charts/time_to_train.py" line="164"/>
        <source>Lost to failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/time_to_train.py" line="114"/>
        <source>(P10–P90 {0} – {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/time_to_train.py" line="163"/>
        <source>Ideal compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/time_to_train.py" line="165"/>
        <source>goodput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/tornado.py" line="72"/>
        <source>Tornado</source>
        <extracomment>rows drawn at most, fewer when the chart is short (two lines of axis text each must fit); the rest (the smallest swings) are counted in the title, and the table lists them all</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/tornado.py" line="147"/>
        <source>base {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/tornado.py" line="149"/>
        <source>{0} largest of {1} inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/tornado.py" line="152"/>
        <source>Input at its low end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/tornado.py" line="152"/>
        <location filename="../../colossus_desktop/drawing/charts/tornado.py" line="197"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/tornado.py" line="153"/>
        <source>Input at its high end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/tornado.py" line="153"/>
        <location filename="../../colossus_desktop/drawing/charts/tornado.py" line="198"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/tornado.py" line="154"/>
        <source>Base (the scenario&apos;s own values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/tornado.py" line="154"/>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/tornado.py" line="199"/>
        <source>Swing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/charts/view.py" line="35"/>
        <source>Stale: fix the highlighted field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../colossus_desktop/ui/views/compare.py" line="52"/>
        <location filename="../../colossus_desktop/ui/views/compare.py" line="236"/>
        <source>Untitled comparison</source>
        <extracomment>after an edit&apos;s figures are shown, how long before their P10–P90 are computed (the repaint first)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/compare.py" line="74"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/compare.py" line="74"/>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/compare.py" line="74"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/compare.py" line="75"/>
        <source>Add scenario…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/compare.py" line="75"/>
        <source>Add preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/compare.py" line="76"/>
        <source>Add current document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/compare.py" line="76"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/compare.py" line="83"/>
        <source>Train the same model on each:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/compare.py" line="96"/>
        <source>Ratios against:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/compare.py" line="113"/>
        <source>Evaluating the comparison…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/compare.py" line="222"/>
        <source>A comparison holds at most {0} scenarios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/compare.py" line="239"/>
        <source>Open comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/compare.py" line="253"/>
        <source>Save comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/compare.py" line="269"/>
        <source>Add scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/compare.py" line="277"/>
        <source>Add preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/compare.py" line="277"/>
        <source>Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/compare.py" line="282"/>
        <source>Current document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/compare.py" line="329"/>
        <source>Add scenarios with the toolbar: files, presets or the current document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/compare.py" line="374"/>
        <source>Uncertainty: P10 – P90 of {0} Monte Carlo samples (seed {1}); ratios sample by sample against the reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/compare.py" line="377"/>
        <source>MFU predicted and not sampled for {0}: the bands leave out the throughput model&apos;s own error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/compare.py" line="381"/>
        <source>No scenario carries uncertainty: single values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/compare_table.py" line="99"/>
        <source>P10 – P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/compare_table.py" line="112"/>
        <source>Difference from {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/compare_table.py" line="142"/>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/compare_table.py" line="143"/>
        <source>share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../colossus_desktop/ui/export_actions.py" line="40"/>
        <location filename="../../colossus_desktop/ui/export_actions.py" line="48"/>
        <source>Custom size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/export_actions.py" line="40"/>
        <source>Width × height in pixels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/export_actions.py" line="48"/>
        <source>Write it as 1600x900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/export_actions.py" line="75"/>
        <location filename="../../colossus_desktop/ui/export_actions.py" line="87"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/export_actions.py" line="90"/>
        <source>Exported {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/export_actions.py" line="103"/>
        <source>Copied “{0}” to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/export_actions.py" line="111"/>
        <location filename="../../colossus_desktop/ui/export_actions.py" line="125"/>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/export_actions.py" line="111"/>
        <source>There are no results to report yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/export_actions.py" line="113"/>
        <source>Export report to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/export_actions.py" line="128"/>
        <source>Wrote {0} files to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/export_actions.py" line="187"/>
        <source>PNG {0}×{1}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/export_actions.py" line="188"/>
        <source>PNG, custom size…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/export_actions.py" line="189"/>
        <source>SVG (vector)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/export_actions.py" line="190"/>
        <source>PDF (vector)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/export_actions.py" line="192"/>
        <source>Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/export_actions.py" line="194"/>
        <source>Export theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/export_actions.py" line="196"/>
        <source>Light (projector, print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/export_actions.py" line="196"/>
        <source>Dark (screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/export_actions.py" line="247"/>
        <source>Export &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/export_actions.py" line="249"/>
        <source>Write the PDF report, the PPTX deck, every chart and the data to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/export_actions.py" line="251"/>
        <source>&amp;Presentation Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/export_actions.py" line="254"/>
        <source>Full screen, one chart at a time; arrows to step, Escape to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/export_actions.py" line="259"/>
        <source>Export &amp;Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/export_actions.py" line="269"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/export_actions.py" line="297"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <location filename="../../colossus_desktop/ui/views/failures.py" line="25"/>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/failures.py" line="25"/>
        <source>HBM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/failures.py" line="26"/>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/failures.py" line="26"/>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/failures.py" line="27"/>
        <source>software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/failures.py" line="28"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/failures.py" line="53"/>
        <location filename="../../colossus_desktop/ui/views/failures.py" line="58"/>
        <source>Simulating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/failures.py" line="55"/>
        <source>Simulation failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/failures.py" line="56"/>
        <source>Refinement cancelled; showing the quick run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/failures.py" line="64"/>
        <source>Refine ({0} runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/failures.py" line="104"/>
        <source>Simulating {0} runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/failures.py" line="115"/>
        <source>Quick run of {0}; refining with {1} runs in the background…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/failures.py" line="119"/>
        <source>{0} simulated runs, seed {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/failures.py" line="131"/>
        <source>&lt;b&gt;ETTR&lt;/b&gt; P10 {0} · P50 {1} · P90 {2} &amp;nbsp; (analytic Daly goodput {3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/failures.py" line="133"/>
        <source>&lt;b&gt;Wall-clock days&lt;/b&gt; P10 {0} · P50 {1} · P90 {2} &amp;nbsp; (failure-free {3})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/failures.py" line="135"/>
        <source>&lt;b&gt;Interruptions per run&lt;/b&gt; (mean): {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/failures.py" line="138"/>
        <source>{0} of runs did not finish within 10x the failure-free time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/failures.py" line="147"/>
        <source>Wall-clock days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../colossus_desktop/ui/file_actions.py" line="85"/>
        <location filename="../../colossus_desktop/ui/file_actions.py" line="88"/>
        <source>Open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/file_actions.py" line="99"/>
        <source>Opened {0}, written with schema {1} and read as schema {2}: the fields it lacked were filled in, each with a note saying how (hover them); saving writes schema {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/file_actions.py" line="103"/>
        <source>Opened {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/file_actions.py" line="127"/>
        <source>Save scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/file_actions.py" line="133"/>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/file_actions.py" line="149"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/file_actions.py" line="168"/>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/file_actions.py" line="194"/>
        <source>Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/file_actions.py" line="261"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/file_actions.py" line="261"/>
        <source>Start a blank scenario or one from a preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/file_actions.py" line="262"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/file_actions.py" line="263"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/file_actions.py" line="264"/>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/file_actions.py" line="265"/>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/file_actions.py" line="265"/>
        <source>Go back to the last saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/file_actions.py" line="266"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/file_actions.py" line="268"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/file_actions.py" line="271"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <location filename="../../colossus_desktop/ui/gallery.py" line="31"/>
        <location filename="../../colossus_desktop/ui/gallery.py" line="100"/>
        <source>New scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/gallery.py" line="41"/>
        <location filename="../../colossus_desktop/ui/gallery.py" line="76"/>
        <source>Blank scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/gallery.py" line="77"/>
        <source>One pool of H100 accelerators arriving this month; every other value from the catalog defaults, each with its source in the field&apos;s tooltip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/gallery.py" line="103"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <location filename="../../colossus_desktop/ui/history_actions.py" line="44"/>
        <source>Undo the last change. The last {0} changes can be undone; older ones are forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/history_actions.py" line="45"/>
        <source>Redo the change just undone (up to {0} steps are kept).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kpis</name>
    <message>
        <location filename="../../colossus_desktop/drawing/kpis.py" line="40"/>
        <source>{0} accelerators installed across all pools; the training run uses {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/kpis.py" line="58"/>
        <source>Peak dense {0} throughput of the whole cluster: {1} PFLOP/s ({2} FLOP/s). Dense, never the sparse figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/kpis.py" line="70"/>
        <source>Grid and turbines serve {0} MW; {1} MW ({2} MWh a year) is unserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/kpis.py" line="79"/>
        <source>The power supply serves {0} of the demand, so the run takes {1} times as long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/kpis.py" line="84"/>
        <source>Accelerators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/kpis.py" line="86"/>
        <source>Peak BF16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/kpis.py" line="89"/>
        <source>Peak FP8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/kpis.py" line="92"/>
        <source>Peak facility power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/kpis.py" line="94"/>
        <source>Peak facility power (IT at nameplate × PUE): {0} MW. Average draw: {1} MW (IT {2} MW).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/kpis.py" line="98"/>
        <source>Capex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/kpis.py" line="100"/>
        <source>Capital expenditure, all categories: ${0}. Opex: ${1} per year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/kpis.py" line="104"/>
        <source>$/GPU-hour · used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/kpis.py" line="106"/>
        <source>Annualised capex plus opex per installed accelerator-hour: ${0}. Per used hour ({1} of installed hours do useful work): ${2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/kpis.py" line="110"/>
        <source>Time to train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/kpis.py" line="112"/>
        <source>Wall-clock days of the training run, failures and checkpoints included: {0} (ideal, without failures: {1}; goodput {2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/kpis.py" line="116"/>
        <source>Energy of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/kpis.py" line="118"/>
        <source>Facility energy of the training run: {0} MWh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/kpis.py" line="120"/>
        <source>CO₂ of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/drawing/kpis.py" line="122"/>
        <source>Emissions of the training run&apos;s energy: {0} t CO₂ at {1} kg/MWh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/kpi_strip.py" line="86"/>
        <source>Stale: fix the highlighted field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../colossus_desktop/ui/language.py" line="52"/>
        <source>&amp;Language</source>
        <extracomment>the windows built by a switch, kept alive here (the first one lives in app.main)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/language.py" line="56"/>
        <source>System ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../colossus_desktop/ui/main_window.py" line="120"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/main_window.py" line="196"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/main_window.py" line="196"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/main_window.py" line="204"/>
        <source>&amp;About Colossus Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/main_window.py" line="211"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/main_window.py" line="215"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/main_window.py" line="216"/>
        <source>Chart &amp;theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/main_window.py" line="222"/>
        <source>Dark (screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/main_window.py" line="222"/>
        <source>Light, large type (projector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/main_window.py" line="233"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/main_window.py" line="302"/>
        <source>Results stale — {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/main_window.py" line="304"/>
        <source>Results stale — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/main_window.py" line="313"/>
        <source>Autosave failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/main_window.py" line="315"/>
        <source>Your unsaved changes could not be written to the autosave folder, so they would be lost in a crash: {0}
Save the scenario (File → Save As…) to keep it; autosave tries again after each edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/main_window.py" line="319"/>
        <source>Autosave failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/main_window.py" line="337"/>
        <source>About Colossus Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/main_window.py" line="338"/>
        <source>Colossus Desktop {0}
Model AI supercomputers offline: cost, power, time to train, reliability and emissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../colossus_desktop/messages.py" line="29"/>
        <source>Goodput collapses to {goodput}: failures arrive faster than the job can checkpoint and restart. Add spares, faster storage, or fewer accelerators per job.</source>
        <extracomment>flag code → (template, {placeholder: (figure, how to write it)})</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/messages.py" line="35"/>
        <source>Power shortfall: {mw} MW of average demand is not covered by grid and turbines. The site can run only {served} of its load, so the training run takes {stretch} times as long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/messages.py" line="42"/>
        <source>Peak shortfall: {mw} MW at full load beyond grid, turbines and batteries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/messages.py" line="47"/>
        <source>Network beyond what the switch can build: a pod or the layer above pods has more endpoints than four tiers of this switch connect, so its {n} switches are an extrapolation. Use a switch with more ports, smaller pods or more planes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/messages.py" line="54"/>
        <source>A NIC port is faster than the switch&apos;s ports (fewer NIC ports per server than accelerators, or few planes): the {n} switches assume ports the switch does not have. Add NIC ports or planes, or pick a faster switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/messages.py" line="61"/>
        <source>Tensor parallelism {tp} does not fit: a TP group must sit inside one NVLink domain of {domain} accelerators (dividing it) and divide the attention heads. Choose a TP that does, or leave it on Auto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/messages.py" line="67"/>
        <source>The fixed parallelism needs {needed} accelerators; the run has {n}. Lower a degree or leave data parallelism on Auto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/messages.py" line="72"/>
        <source>The layout uses {used} of the run&apos;s {n} accelerators; the rest sit idle but are paid for. A cluster size the layout divides avoids it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/messages.py" line="77"/>
        <source>No training layout matches the {n} accelerators, the model and the batch: the fixed degrees, the layers or the micro-batches do not divide. Leave some degrees on Auto, or change the batch or the accelerators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/messages.py" line="83"/>
        <source>The model does not fit: even the leanest layout needs {need} GB per accelerator, and each has {hbm} GB of memory. Use more accelerators or ones with more memory, or set the parallelism to Auto so every layout is tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/messages.py" line="90"/>
        <source>No MFU: enter one, or describe the model&apos;s architecture (layers, width, heads, vocabulary) so it can be predicted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/messages.py" line="95"/>
        <source>Out of range: {results} came out infinite or undefined, because the inputs lie beyond what the model can compute. Check the largest and smallest values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/messages.py" line="104"/>
        <source>the accelerators</source>
        <extracomment>``section.field`` of a result → its name in the ``non_finite`` warning.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/messages.py" line="105"/>
        <source>the run&apos;s accelerators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/messages.py" line="106"/>
        <source>the capex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/messages.py" line="107"/>
        <source>the opex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/messages.py" line="108"/>
        <source>the TCO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/messages.py" line="109"/>
        <source>the cost per GPU-hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/messages.py" line="110"/>
        <source>the cost per used GPU-hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/messages.py" line="111"/>
        <source>the IT power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/messages.py" line="112"/>
        <source>the facility power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/messages.py" line="113"/>
        <source>the yearly energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/messages.py" line="114"/>
        <source>the yearly emissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/messages.py" line="115"/>
        <source>the yearly water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/messages.py" line="116"/>
        <source>the run&apos;s duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/messages.py" line="117"/>
        <source>the GPU-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/messages.py" line="118"/>
        <source>the run&apos;s cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/messages.py" line="119"/>
        <source>the run&apos;s energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/messages.py" line="120"/>
        <source>the run&apos;s emissions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelImport</name>
    <message>
        <location filename="../../colossus_desktop/ui/model_import.py" line="43"/>
        <source>Import Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/model_import.py" line="46"/>
        <source>Imported from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/model_import.py" line="57"/>
        <source>Import model {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/model_import.py" line="63"/>
        <source>Imported {0}: {1:g} B parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/model_import.py" line="100"/>
        <source>&amp;Import Model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/model_import.py" line="102"/>
        <source>Read a Hugging Face config.json and describe the workload&apos;s model with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/model_import.py" line="107"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../colossus_desktop/ui/presentation.py" line="72"/>
        <source>Presentation — Colossus Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../colossus_desktop/ui/prompts.py" line="30"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/prompts.py" line="31"/>
        <source>Save the changes to “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/prompts.py" line="32"/>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/prompts.py" line="47"/>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/prompts.py" line="48"/>
        <source>Colossus Desktop did not close normally. Recover the unsaved work on “{0}” from {1}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/prompts.py" line="57"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/prompts.py" line="58"/>
        <source>Discard every change since “{0}” was opened or saved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/prompts.py" line="63"/>
        <source>Open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/prompts.py" line="68"/>
        <source>Import Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/prompts.py" line="72"/>
        <source>Save scenario</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../colossus_desktop/ui/views/worker.py" line="167"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/worker.py" line="171"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../colossus_desktop/ui/views/validation.py" line="56"/>
        <source>identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/validation.py" line="56"/>
        <source>An input was derived from this figure; not in the median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/validation.py" line="58"/>
        <source>Published figures contradict each other or the figure is ambiguous; not in the median.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/validation.py" line="60"/>
        <source>Decision: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/validation.py" line="61"/>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/validation.py" line="63"/>
        <source>calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/validation.py" line="64"/>
        <source>A published run the step-time model&apos;s constants were fitted on; not in the median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/validation.py" line="65"/>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/validation.py" line="77"/>
        <source>within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/validation.py" line="77"/>
        <source>outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/validation.py" line="81"/>
        <source>Published sources disagree: the range is kept; the error is 0 inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/validation.py" line="101"/>
        <source>Model vs published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/validation.py" line="154"/>
        <source>The validation set cannot be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/validation.py" line="160"/>
        <source>{0} published figures, each a scenario evaluated by the engine. Median error over the {1} model checks: {2} (target: 10%); {3} outside their tolerance. {4} identity checks (an input was derived from the same figure), {5} conflicting figures (sources disagree or the figure is ambiguous; hover “conflict” for the decision) and {6} throughput calibration rows (the step-time model was fitted on them) are left out of the median. Hover a point to name it; right-click the chart to export it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/validation.py" line="177"/>
        <source>Export {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/validation.py" line="188"/>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/validation.py" line="215"/>
        <source>&amp;Model vs published…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/validation.py" line="217"/>
        <source>The engine against every published figure it can express: table and parity chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../colossus_desktop/ui/views/__init__.py" line="44"/>
        <source>Compare</source>
        <extracomment>(name, tab title, factory): the tabs after &quot;Charts&quot;, in order. The factories import their module by name, statically, so PyInstaller&apos;s analysis finds every view for the bundle.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/__init__.py" line="45"/>
        <source>Sweep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/__init__.py" line="46"/>
        <source>Uncertainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/__init__.py" line="47"/>
        <source>Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../colossus_desktop/ui/views/__init__.py" line="134"/>
        <source>Open Co&amp;mparison…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
