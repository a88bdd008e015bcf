using System.Diagnostics;
using System.Reflection;
using System.Text.RegularExpressions;
using CrossBorderBot.Safety;

namespace CrossBorderBot.Tests.Fuzz;

/// <summary>
/// Every regular expression the bot and its knowledge library compile finishes quickly on adversarial text (runs of
/// digits, spaces, letters, CJK numerals, repeated separators) twice as long as the longest message the bot reads
/// (<see cref="SafetyOptions.MaxMessageCharacters"/>). Patterns that backtracked on long runs of digits once held a
/// web chat turn for minutes on a 50,000-digit card value; the size limit bounds them all, and this keeps any pattern
/// from being so bad (cubic, exponential) that even bounded text hangs a turn.
/// </summary>
public sealed class RegexBacktrackingTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly int Length = 2 * new SafetyOptions().MaxMessageCharacters;

    // Linear and even quadratic patterns take milliseconds on this input, also on a busy machine; worse ones take minutes.
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(3);

    public static TheoryData<string> Inputs => new()
    {
        Repeat("9"),
        Repeat("1 "),
        Repeat("1x"),
        Repeat("1."),
        Repeat(" "),
        Repeat("a"),
        Repeat("we "),
        Repeat("好"),
        Repeat("*"),
        Repeat("_*"),
        Repeat("["),
        Repeat("[a]("),
        Repeat("<@U1|"),
        Repeat("吗"),
        Repeat("有"),
        Repeat("#"),
        Repeat("- "),
        Repeat("\n"),
        Repeat("what if "),
        Repeat("1kg "),
        Repeat("$1,"),
        Repeat("一二"),
        "we have " + Repeat("a "),
        "有" + Repeat("好"),
        Repeat("show my "),
        Repeat("we have "),
        Repeat("1 x "),
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Every_pattern_finishes_quickly_on_long_adversarial_text(string input)
    {
        var slow = new List<string>();
        foreach (var (name, pattern) in Patterns())
        {
            var timed = new Regex(pattern.ToString(), pattern.Options, Budget);
            var started = Stopwatch.GetTimestamp();
            try
            {
                for (var match = timed.Match(input); match.Success; match = match.NextMatch())
                {
                }
            }
            catch (RegexMatchTimeoutException)
            {
                slow.Add($"{name}: over {Budget.TotalSeconds} s");
                continue;
            }

            var elapsed = Stopwatch.GetElapsedTime(started);
            if (elapsed > TimeSpan.FromMilliseconds(100))
            {
                output.WriteLine($"{name}: {elapsed.TotalMilliseconds:F0} ms");
            }
        }

        Assert.True(slow.Count == 0, $"patterns that backtrack on '{input[..Math.Min(12, input.Length)]}…' ({input.Length} chars):\n{string.Join('\n', slow)}");
    }

    [Fact]
    public void The_patterns_are_found()
        => Assert.True(Patterns().Count() > 40, "the bot and the knowledge library compile many patterns; finding none means the search broke");

    private static string Repeat(string unit) => string.Concat(Enumerable.Repeat(unit, (Length / unit.Length) + 1))[..Length];

    /// <summary>
    /// Generated patterns (static methods) and compiled ones kept in static fields, in both assemblies, and every cue
    /// of the cue vocabulary (built here without <see cref="RegexOptions.Compiled"/>, like the others).
    /// </summary>
    private static IEnumerable<(string Name, Regex Pattern)> Patterns()
    {
        foreach (var cue in CrossBorderBot.Understanding.CueBook.All)
        {
            var definition = CrossBorderBot.Understanding.CueBook.Default.Definition(cue);
            yield return ($"CueBook.{cue}", new Regex(definition.Pattern, definition.Options | RegexOptions.CultureInvariant));
        }

        Assembly[] assemblies = [typeof(Program).Assembly, typeof(CrossBorderBot.Knowledge.Model.KnowledgeBase).Assembly];
        const BindingFlags Static = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var type in assemblies.SelectMany(assembly => assembly.GetTypes()).Where(type => !type.IsGenericTypeDefinition && type.Namespace?.StartsWith("System", StringComparison.Ordinal) != true))
        {
            foreach (var method in type.GetMethods(Static).Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && m.GetCustomAttribute<GeneratedRegexAttribute>() is not null))
            {
                yield return ($"{type.Name}.{method.Name}", (Regex)method.Invoke(null, null)!);
            }

            foreach (var field in type.GetFields(Static))
            {
                foreach (var (index, pattern) in RegexesIn(field.FieldType, () => field.GetValue(null)))
                {
                    yield return ($"{type.Name}.{field.Name}{index}", pattern);
                }
            }
        }
    }

    /// <summary>A field holding a regex, or an array of regexes or of tuples with one.</summary>
    private static IEnumerable<(string Index, Regex Pattern)> RegexesIn(Type fieldType, Func<object?> read)
    {
        if (fieldType == typeof(Regex))
        {
            if (read() is Regex single)
            {
                yield return (string.Empty, single);
            }
        }
        else if (fieldType.IsArray && (fieldType.GetElementType() == typeof(Regex) || fieldType.GetElementType()!.GetFields().Any(f => f.FieldType == typeof(Regex))))
        {
            if (read() is not Array items)
            {
                yield break;
            }

            for (var i = 0; i < items.Length; i++)
            {
                var item = items.GetValue(i);
                var pattern = item as Regex ?? item?.GetType().GetFields().Where(f => f.FieldType == typeof(Regex)).Select(f => f.GetValue(item)).OfType<Regex>().FirstOrDefault();
                if (pattern is not null)
                {
                    yield return ($"[{i}]", pattern);
                }
            }
        }
    }
}
