namespace CrossBorderBot.Knowledge.Model;

/// <summary>How a readiness question is answered.</summary>
public enum QuestionType
{
    Choice,
    YesNo,
    Number,
}
