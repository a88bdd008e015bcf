using System.Text.Json;
using System.Text.RegularExpressions;
using CrossBorderBot.Commands;

namespace CrossBorderBot.Tests.Commands;

public class KnowledgeBaseCommandTests
{
    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await KnowledgeBaseCommand.RunAsync(args, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Stats_json_is_one_object_with_integer_counts()
    {
        var (code, output, _) = await RunAsync("kb", "stats", "--json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        foreach (var key in new[] { "platforms", "logisticsChannels", "markets", "playbooks", "glossaryTerms", "sources" })
        {
            Assert.Equal(JsonValueKind.Number, doc.RootElement.GetProperty(key).ValueKind);
            Assert.True(doc.RootElement.GetProperty(key).TryGetInt32(out _));
        }
    }

    [Fact]
    public async Task Stats_json_splits_sources_by_host_type_and_compliance_by_kind()
    {
        var (code, output, _) = await RunAsync("kb", "stats", "--json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        var byHost = root.GetProperty("sourcesByHostType");
        var official = byHost.GetProperty("official").GetInt32();
        Assert.True(official > 0, "no source on an official host");
        Assert.Equal(
            root.GetProperty("sources").GetInt32(),
            official + byHost.GetProperty("platformOrCarrier").GetInt32() + byHost.GetProperty("thirdParty").GetInt32());
        Assert.Equal(
            root.GetProperty("complianceItems").GetInt32(),
            root.GetProperty("complianceByKind").EnumerateObject().Sum(p => p.Value.GetInt32()));
        Assert.True(root.GetProperty("complianceByKind").GetProperty("trade-measure").GetInt32() > 0);
    }

    [Fact]
    public async Task Validate_prints_file_and_line_per_problem_and_fails()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kb-cmd-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "glossary.yaml"), "terms:\n  - { id: ddp }\n");

            var (code, output, _) = await RunAsync("validate", "--data", folder);

            Assert.Equal(1, code);
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.NotEmpty(lines);
            Assert.All(lines, l => Assert.Matches(new Regex(@"^[^:]+:\d+: .+"), l));
            Assert.Contains(lines, l => l.StartsWith("glossary.yaml:2: ", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("search")]
    [InlineData("stats", "--bogus")]
    public async Task Bad_usage_exits_with_2(params string[] args)
    {
        var (code, _, error) = await RunAsync(args);

        Assert.Equal(2, code);
        Assert.False(string.IsNullOrWhiteSpace(error));
    }
}
