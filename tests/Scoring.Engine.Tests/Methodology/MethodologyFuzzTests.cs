using Assessment.Scoring.Engine.Compilation;
using Assessment.Scoring.Engine.Methodology;
using Assessment.Tests.Fuzzing;
using Xunit.Abstractions;

namespace Assessment.Scoring.Engine.Tests.Methodology;

/// <summary>
/// Random mutations of the shipped methodologies for a fixed time (FUZZ_SECONDS, default 15; FUZZ_SEED replays a
/// run): the loader must answer every text with a methodology or a list of errors, never throw and never hang, and
/// whatever it accepts must compile.
/// </summary>
public class MethodologyFuzzTests(ITestOutputHelper output)
{
    private static readonly TimeSpan PerDocument = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Mutated_methodologies_are_loaded_or_refused_with_errors_never_crash_or_hang()
    {
        var seed = PayloadMutator.SeedFromEnvironment();
        var mutator = new PayloadMutator(seed);
        var duration = PayloadMutator.DurationFromEnvironment(15);
        var originals = new[] { "hdi-2021.yaml", "kz-regions.yaml", "kz-assessment-blocks.yaml" }.Select(f => File.ReadAllText(TestFiles.Methodology(f))).ToArray();
        var deadline = DateTime.UtcNow + duration;
        int tried = 0, accepted = 0;

        while (DateTime.UtcNow < deadline)
        {
            var yaml = mutator.Mutate(originals[tried % originals.Length]);
            tried++;
            var load = Task.Run(() =>
            {
                var result = MethodologyLoader.Load(yaml);
                if (result.Methodology is not null)
                {
                    CompiledMethodology.FromYaml(yaml);
                    return true;
                }

                Assert.NotEmpty(result.Errors);
                return false;
            });
            try
            {
                if (await Task.WhenAny(load, Task.Delay(PerDocument)) != load)
                {
                    Fail(seed, tried, yaml, $"no answer within {PerDocument.TotalSeconds} s");
                }

                accepted += await load ? 1 : 0;
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                Fail(seed, tried, yaml, e.ToString());
            }
        }

        output.WriteLine($"seed {seed}: {tried} mutated methodologies in {duration.TotalSeconds} s, {accepted} still valid");
        Assert.True(tried > 0);
    }

    private static void Fail(int seed, int iteration, string yaml, string why)
    {
        var file = Path.Combine(Path.GetTempPath(), $"methodology-fuzz-{seed}-{iteration}.yaml");
        File.WriteAllText(file, yaml);
        Assert.Fail($"FUZZ_SEED={seed}, document {iteration} (kept in {file}): {why}");
    }
}
