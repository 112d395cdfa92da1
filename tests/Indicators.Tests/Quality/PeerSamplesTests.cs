using Assessment.Indicators.Quality;

namespace Assessment.Indicators.Tests.Quality;

public class PeerSamplesTests
{
    [Fact]
    public void Each_key_gives_back_exactly_its_own_values_in_order()
    {
        using var samples = new PeerSamples();
        samples.Add(("life", "2023", "oblasts"), [71.5, 72.0, 70.25]);
        samples.Add(("life", "2023", "cities"), [74.0]);
        samples.Add(("salary", "2023", "oblasts"), []);

        Assert.Equal([71.5, 72.0, 70.25], samples.Of(("life", "2023", "oblasts")).ToArray());
        Assert.Equal([74.0], samples.Of(("life", "2023", "cities")).ToArray());
        Assert.Equal(0, samples.Of(("salary", "2023", "oblasts")).Length);
        Assert.Equal(3, samples.Count);
    }

    [Fact]
    public void A_key_never_added_has_no_values()
    {
        using var samples = new PeerSamples();
        samples.Add(("life", "2023", "oblasts"), [1, 2, 3]);

        Assert.Equal(0, samples.Of(("life", "2024", "oblasts")).Length);
        Assert.Equal(0, samples.Of(("life", "2023", "districts")).Length);
    }

    [Fact]
    public void Values_added_past_the_first_buffer_keep_every_earlier_key_intact()
    {
        using var samples = new PeerSamples(expectedValues: 16);
        var expected = new Dictionary<(string, string, string), double[]>();
        for (var i = 0; i < 500; i++)
        {
            var key = ($"q{i:D3}", "2025Q4", "districts");
            var values = Enumerable.Range(0, i % 37).Select(v => i * 1000.0 + v).ToArray();
            samples.Add(key, values);
            expected[key] = values;
        }

        foreach (var (key, values) in expected)
        {
            Assert.Equal(values, samples.Of(key).ToArray());
        }
    }

    [Fact]
    public void The_same_key_cannot_be_added_twice()
    {
        using var samples = new PeerSamples();
        samples.Add(("life", "2023", "oblasts"), [1]);

        Assert.Throws<ArgumentException>(() => samples.Add(("life", "2023", "oblasts"), [2]));
    }

    [Fact]
    public void Disposing_twice_is_harmless()
    {
        var samples = new PeerSamples();
        samples.Add(("life", "2023", "oblasts"), [1]);
        samples.Dispose();
        samples.Dispose();
    }
}
