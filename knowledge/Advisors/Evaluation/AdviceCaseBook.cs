using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace CrossBorderBot.Knowledge.Advisors.Evaluation;

/// <summary>A set of advice cases read from YAML (<c>cases:</c> list).</summary>
public sealed class AdviceCaseBook
{
    public List<AdviceCase> Cases { get; set; } = [];

    public static AdviceCaseBook Parse(string yaml)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .Build();
        var book = deserializer.Deserialize<AdviceCaseBook?>(yaml) ?? new AdviceCaseBook();
        var duplicate = book.Cases.GroupBy(c => c.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new FormatException($"Case id '{duplicate.Key}' appears more than once.");
        }

        var unknown = book.Cases.FirstOrDefault(c => c.Advisor is not ("logistics" or "platform"));
        return unknown is null ? book : throw new FormatException($"Case '{unknown.Id}' names an unknown advisor '{unknown.Advisor}'.");
    }

    public static AdviceCaseBook Load(string path) => Parse(File.ReadAllText(path));
}
