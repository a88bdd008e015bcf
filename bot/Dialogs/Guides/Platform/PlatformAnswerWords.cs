using CrossBorderBot.Knowledge.Advisors;

namespace CrossBorderBot.Dialogs.Guides;

/// <summary>
/// The words of the platform guide's closed choices: one spelling for the button value, the slot vocabulary's value
/// and the text in stored state. An experience is an <see cref="EnumWords"/> word ("none", "some", "experienced"); a
/// business model keeps the knowledge base's spelling ("B2B"), which <see cref="EnumWords"/>' camel case would turn
/// into "b2B", so it is written as the member's name (as <see cref="PlatformAnswers.Model"/> is stored).
/// </summary>
public static class PlatformAnswerWords
{
    public static string Word(BusinessModel model) => model.ToString();

    public static string Word(SellerExperience experience) => EnumWords.Word(experience);

    /// <summary>The model a word names, in any case ("B2B", "b2b"); null for null, a number or a word that names none.</summary>
    public static BusinessModel? ReadModel(string? word) => EnumWords.Read<BusinessModel>(word);

    public static SellerExperience? ReadExperience(string? word) => EnumWords.Read<SellerExperience>(word);
}
