using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Guides;

/// <summary>
/// A country typed by the first characters of its Chinese name ("马来" for 马来西亚, "新西" for 新西兰) as the whole reply to
/// the place question, when they begin exactly one place's name and are at least half of it, is that place, said back
/// as assumed so a wrong guess is seen; a single character, or characters that begin several names, are not bent.
/// </summary>
public sealed class ChinesePlaceShortFormTests
{
    [Theory]
    [InlineData("马来", "马来西亚")]
    [InlineData("新西", "新西兰")]
    public async Task The_first_characters_of_one_place_are_that_place(string reply, string place)
    {
        using var user = new GuideSession("zh-CN");
        await user.SayAsync("寄1公斤杯子，货值150元，尺寸不知道");

        var turn = await user.SayAsync(reply);

        Assert.Contains(place, turn.Text);
        Assert.Contains("对时效有什么要求", turn.Text);
    }

    [Theory]
    [InlineData("马")]
    [InlineData("阿")]
    public async Task One_character_or_the_start_of_several_places_is_not_bent(string reply)
    {
        using var user = new GuideSession("zh-CN");
        await user.SayAsync("寄1公斤杯子，货值150元，尺寸不知道");

        var turn = await user.SayAsync(reply);

        Assert.DoesNotContain("对时效有什么要求", turn.Text);
    }
}
