namespace CrossBorderBot.Knowledge.Answering;

/// <summary>What a question asks for, which decides the field that answers it.</summary>
public enum QuestionKind
{
    /// <summary>Anything else: the entry's summary answers.</summary>
    General,

    /// <summary>"What is X", "X 是什么".</summary>
    Definition,

    /// <summary>"What does X stand for", "X 的全称".</summary>
    Expansion,

    /// <summary>A tax rate: "VAT rate in the UK", "英国增值税多少".</summary>
    Rate,

    /// <summary>A value threshold: de minimis, duty-free limit, exemption.</summary>
    Threshold,

    /// <summary>"When", "since when", "什么时候".</summary>
    Date,

    /// <summary>"How long", "how many days", "多久".</summary>
    Duration,

    /// <summary>Fees, commission, cost.</summary>
    Fees,

    /// <summary>"What should I do", "怎么办".</summary>
    Problem,

    /// <summary>"Do I need", "需要…吗".</summary>
    Requirement,

    /// <summary>"A vs B", "A 和 B 的区别".</summary>
    Comparison,
}
