using System.CommandLine;
using Assessment.Cli.Csv;
using Assessment.Cli.Input;
using Assessment.Cli.Output;
using Assessment.Scoring.Engine.Compilation;
using Assessment.Scoring.Engine.Methodology;
using Assessment.Scoring.Engine.Scoring;
using Assessment.Scoring.Engine.Uncertainty;

namespace Assessment.Cli.Commands;

/// <summary>`assess score`: runs the engine on a methodology file and a data file, with no server.</summary>
internal static class ScoreCommand
{
    private const int BadInput = 1;

    public static Command Create()
    {
        var methodology = new Option<FileInfo>("--methodology", "-m") { Description = "Methodology YAML file", Required = true };
        var data = new Option<FileInfo>("--data", "-d") { Description = "Data CSV: wide (one row per body, one column per indicator code) or long (body,indicator,period,value)", Required = true };
        var idColumn = new Option<string?>("--id-column") { Description = "Wide CSV: the column holding body ids (default: the first column)" };
        var peerColumn = new Option<string?>("--peer-group-column") { Description = "Column holding each body's peer group (default: 'peer_group' when present, else one group 'all')" };
        var uncertainty = new Option<int?>("--uncertainty") { Description = "Monte Carlo samples over the methodology's declared alternatives; adds rank_p05 and rank_p95" };
        var seed = new Option<int>("--seed") { Description = "Seed of the Monte Carlo (same seed, same result)", DefaultValueFactory = _ => 20240101 };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Output CSV (default: standard output)" };

        var command = new Command("score", """
            Score bodies offline under a methodology and write one row per body: the id column, one column per
            node (root first), rank (competition ranking 1224) and band.

            Examples:
              assess score --methodology methodologies/hdi-2021.yaml --data hdi-2021.csv --id-column iso3 --out hdi.csv
              assess score -m methodologies/kz-regions.yaml -d regional-indicators.csv --id-column Region --uncertainty 1000 --seed 7 -o regions.csv
              assess score -m methodologies/kz-assessment-blocks.yaml -d feed-long.csv      (long CSV: body,indicator,period,value)
            """)
        {
            methodology, data, idColumn, peerColumn, uncertainty, seed, output,
        };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            try
            {
                return Run(parse.GetValue(methodology)!, parse.GetValue(data)!, parse.GetValue(idColumn), parse.GetValue(peerColumn),
                    parse.GetValue(uncertainty), parse.GetValue(seed), parse.GetValue(output), stdout, stderr);
            }
            catch (Exception ex) when (ex is InputException or CsvFormatException or MethodologyException or ArgumentException or IOException)
            {
                stderr.WriteLine("error: " + ex.Message);
                return BadInput;
            }
        });
        return command;
    }

    private static int Run(FileInfo methodologyFile, FileInfo dataFile, string? idColumn, string? peerColumn, int? samples, int seed,
        FileInfo? outFile, TextWriter stdout, TextWriter stderr)
    {
        var load = MethodologyLoader.Load(ReadText(methodologyFile));
        if (!load.IsValid)
        {
            foreach (var error in load.Errors)
            {
                stderr.WriteLine($"error: {methodologyFile.Name}: {error}");
            }
            return BadInput;
        }
        var compiled = CompiledMethodology.Compile(load.Methodology!);

        CsvTable table;
        using (var reader = OpenText(dataFile))
        {
            table = CsvReader.Read(reader, dataFile.Name);
        }
        var (dataset, id) = DatasetCsvLoader.Load(table, compiled, idColumn, peerColumn);
        var run = new ScoringEngine(compiled).Score(dataset, ScoreOptions.ScoresOnly);

        UncertaintyResult? interval = null;
        if (samples is { } n)
        {
            if (n < 1)
            {
                throw new InputException($"--uncertainty must be at least 1 sample, got {n}");
            }
            var progress = new ConsoleProgress(stderr);
            interval = new UncertaintyAnalysis(compiled).Run(dataset, new UncertaintyOptions(n, seed), progress);
            progress.Finish();
        }

        var digits = compiled.Source.Scale.RoundingDigits;
        if (outFile is null)
        {
            ScoreCsvWriter.Write(stdout, id, run, digits, interval);
        }
        else
        {
            using var writer = new StreamWriter(outFile.FullName);
            ScoreCsvWriter.Write(writer, id, run, digits, interval);
            stderr.WriteLine($"scored {run.Bodies.Length} bodies under {compiled.Source.Id} {compiled.Source.Version} -> {outFile.FullName}");
        }
        return 0;
    }

    private static string ReadText(FileInfo file) =>
        file.Exists ? File.ReadAllText(file.FullName) : throw new InputException($"{file.FullName}: file not found");

    private static StreamReader OpenText(FileInfo file) =>
        file.Exists ? new StreamReader(file.FullName) : throw new InputException($"{file.FullName}: file not found");
}
