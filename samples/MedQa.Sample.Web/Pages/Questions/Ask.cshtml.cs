using System.ComponentModel.DataAnnotations;
using MedQa.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MedQa.Sample.Web.Pages.Questions;

/// <summary>Asking a question (signed-in visitors; the folder convention in Program.cs requires it).</summary>
public sealed class AskModel(MedQaStore store) : PageModel
{
    /// <summary>The form.</summary>
    [BindProperty]
    public AskForm Form { get; set; } = new();

    /// <summary>Shows the form.</summary>
    public void OnGet()
    {
    }

    /// <summary>Stores the question and shows its page, or shows the form again with what is wrong.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var question = await store.AskAsync(Form.Title!, Form.Body, Form.Topic, User.UserName()!, cancellationToken);
                return Redirect("/questions/" + question.Id);
            }
            catch (ArgumentException exception)
            {
                ModelState.AddModelError(string.Empty, FormErrors.Describe(exception));
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>A question as typed.</summary>
    public sealed class AskForm
    {
        /// <summary>The question itself.</summary>
        [Required(ErrorMessage = "Write your question.")]
        [StringLength(200, ErrorMessage = "The question is at most 200 characters; put the rest in the details.")]
        public string? Title { get; set; }

        /// <summary>Optional details.</summary>
        [StringLength(5_000, ErrorMessage = "The details are at most 5,000 characters.")]
        public string? Body { get; set; }

        /// <summary>An optional topic.</summary>
        [StringLength(200, ErrorMessage = "The topic is at most 200 characters.")]
        public string? Topic { get; set; }
    }
}
