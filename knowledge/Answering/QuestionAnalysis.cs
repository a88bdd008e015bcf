namespace CrossBorderBot.Knowledge.Answering;

/// <summary>What <see cref="QuestionAnalyzer"/> understood of a question.</summary>
public sealed record QuestionAnalysis
{
    public required string Text { get; init; }

    /// <summary>The text as searched and weighed: the home country's adjective written as its name, same offsets as <see cref="Text"/>.</summary>
    public string SearchText { get => field ?? Text; init; }

    /// <summary>"en" or "zh-CN": the language the answer is written in.</summary>
    public required string Language { get; init; }

    /// <summary>Names found in the question, in the order written.</summary>
    public required IReadOnlyList<NamedEntity> Entities { get; init; }

    public required QuestionKind Kind { get; init; }

    /// <summary>The date the question asks about ("in March 2025"), when it names one.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The date names only a year ("in 2019"), so any period in force during that year answers.</summary>
    public bool AsOfYearOnly { get; init; }

    /// <summary>The question is about the reference paper.</summary>
    public bool AboutPaper { get; init; }

    /// <summary>The question reports a problem as it happened ("removed my listing", "被下架了"), which a playbook answers.</summary>
    public bool ReportsProblem { get; init; }

    /// <summary>The question is about duty (customs) rather than a tax, or the reverse; null when it does not say.</summary>
    public bool? AboutDuty { get; init; }

    /// <summary>
    /// The question names a tax the knowledge base does not model (income, corporate or profit tax): the import VAT/GST
    /// and duty rates it holds are not an answer to it.
    /// </summary>
    public bool AboutUnmodelledTax { get; init; }

    /// <summary>The question asks for a rule, law or regulation itself ("India's rule on seller details"), not what to do about a problem.</summary>
    public bool AsksForRule { get; init; }

    /// <summary>The question is worded as a comparison ("vs", "or", "better than", "哪个好"), whether or not both sides are known names.</summary>
    public bool AsksComparison { get; init; }

    /// <summary>The question with every name it holds blanked, same offsets: the words left say what is asked about them.</summary>
    public string TextWithoutNames()
    {
        var chars = Text.ToCharArray();
        foreach (var e in Entities)
        {
            for (var i = e.Start; i < Math.Min(chars.Length, e.Start + e.Surface.Length); i++)
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    public IEnumerable<NamedEntity> Markets => Entities.Where(e => e.Kind == EntityKind.Market);

    public IEnumerable<NamedEntity> Subjects => Entities.Where(e => e.Kind is not (EntityKind.Market or EntityKind.Country));
}
