using Microsoft.EntityFrameworkCore;

namespace MedQa.EntityFrameworkCore;

/// <summary>
/// MedQa's tables, keys, indexes and converters, for any <see cref="DbContext"/>: call
/// <see cref="ApplyMedQaModel"/> from <c>OnModelCreating</c> (as <see cref="MedQaDbContext"/> does).
/// </summary>
public static class MedQaModelBuilderExtensions
{
    // Enum columns hold member names ("PendingReview", "Up", "Retracted"): the longest fits with room to spare.
    private const int StatusColumnLength = 32;

    /// <summary>Adds MedQa's entities to a model: questions, answers, physicians, current votes and vote events.</summary>
    /// <param name="modelBuilder">The model being built.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modelBuilder"/> is null.</exception>
    public static ModelBuilder ApplyMedQaModel(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        const int keyLength = QuestionRecord.MaxKeyLength;

        modelBuilder.Entity<QuestionRecord>(question =>
        {
            question.ToTable("MedQaQuestions");
            question.HasKey(row => row.Id);
            question.Property(row => row.Id).HasMaxLength(keyLength);
            question.Property(row => row.Title).HasMaxLength(keyLength * 2);
            question.Property(row => row.Topic).HasMaxLength(keyLength);
            question.Property(row => row.AskedBy).HasMaxLength(keyLength);
            question.OwnsOne(row => row.Disclaimer, disclaimer =>
            {
                disclaimer.Property(value => value.EducationalStatement).HasMaxLength(MedicalDisclaimer.MaxStatementLength);
                disclaimer.Property(value => value.EmergencyStatement).HasMaxLength(MedicalDisclaimer.MaxStatementLength);
                disclaimer.Property(value => value.NoRelationshipStatement).HasMaxLength(MedicalDisclaimer.MaxStatementLength);
                disclaimer.Property(value => value.EmergencyRegion).HasMaxLength(8);
                disclaimer.Property(value => value.EmergencyNumber).HasMaxLength(16);
            });
            question.Navigation(row => row.Disclaimer).IsRequired();
            question.Property(row => row.ReviewedById).HasMaxLength(keyLength);
            question.HasOne<PhysicianRecord>().WithMany().HasForeignKey(row => row.ReviewedById).OnDelete(DeleteBehavior.Restrict);
            question.HasMany(row => row.Answers).WithOne().HasForeignKey(answer => answer.QuestionId);
        });

        modelBuilder.Entity<PhysicianRecord>(physician =>
        {
            physician.ToTable("MedQaPhysicians");
            physician.HasKey(row => row.Id);
            physician.Property(row => row.Id).HasMaxLength(keyLength);
            physician.Property(row => row.Name).HasMaxLength(keyLength);
            physician.Property(row => row.Specialty).HasMaxLength(keyLength);
            physician.Property(row => row.City).HasMaxLength(keyLength);
            physician.Property(row => row.Region).HasMaxLength(keyLength);
            physician.Property(row => row.Npi).HasConversion(new NpiConverter()).HasMaxLength(NpiConverter.ColumnLength);
            physician.Property(row => row.Credentials)
                .HasConversion(new CredentialsConverter(), CredentialsConverter.Comparer)
                .HasMaxLength(CredentialsConverter.ColumnLength);
            physician.OwnsMany(row => row.BoardCertifications, certification =>
            {
                certification.ToTable("MedQaBoardCertifications");
                // A single generated key (SQLite generates only single-column integer keys); the id keeps their order.
                certification.WithOwner().HasForeignKey("PhysicianId");
                certification.Property<long>("Id").ValueGeneratedOnAdd();
                certification.HasKey("Id");
                certification.Property(value => value.Board).HasMaxLength(keyLength * 2);
                certification.Property(value => value.Specialty).HasMaxLength(keyLength);
            });
            physician.OwnsMany(row => row.Licences, licence =>
            {
                licence.ToTable("MedQaLicences");
                licence.WithOwner().HasForeignKey("PhysicianId");
                licence.Property<long>("Id").ValueGeneratedOnAdd();
                licence.HasKey("Id");
                licence.Property(value => value.Number).HasMaxLength(MedicalLicence.MaxNumberLength);
                licence.Property(value => value.Jurisdiction).HasMaxLength(keyLength);
                licence.Property(value => value.Status).HasConversion<string>().HasMaxLength(StatusColumnLength);
            });
            physician.Property(row => row.ProfileUrl).HasMaxLength(ReferenceRecord.MaxUrlLength);
        });

        modelBuilder.Entity<AnswerRecord>(answer =>
        {
            answer.ToTable("MedQaAnswers");
            answer.HasKey(row => row.Id);
            answer.Property(row => row.Id).HasMaxLength(keyLength);
            answer.Property(row => row.QuestionId).HasMaxLength(keyLength);
            answer.Property(row => row.AuthorId).HasMaxLength(keyLength);
            answer.Property(row => row.Headline).HasMaxLength(keyLength * 2);
            answer.Property(row => row.HiddenReason).HasMaxLength(AnswerRecord.MaxReasonLength);
            // By name: a row stays readable whatever order AnswerStatus's members are declared in.
            answer.Property(row => row.Status).HasConversion<string>().HasMaxLength(StatusColumnLength);
            answer.HasOne(row => row.Author).WithMany().HasForeignKey(row => row.AuthorId).OnDelete(DeleteBehavior.Restrict);
            answer.Property(row => row.DisclosureStatement).HasMaxLength(Disclosure.MaxStatementLength);
            answer.OwnsMany(row => row.References, reference =>
            {
                reference.ToTable("MedQaReferences");
                reference.WithOwner().HasForeignKey("AnswerId");
                reference.Property<long>("Id").ValueGeneratedOnAdd();
                reference.HasKey("Id");
                reference.Property(value => value.Title).HasMaxLength(keyLength);
                reference.Property(value => value.Url).HasMaxLength(ReferenceRecord.MaxUrlLength);
            });
            answer.OwnsMany(row => row.Endorsements, endorsement =>
            {
                endorsement.ToTable("MedQaEndorsements");
                endorsement.WithOwner().HasForeignKey("AnswerId");
                endorsement.Property<long>("Id").ValueGeneratedOnAdd();
                endorsement.HasKey("Id");
                endorsement.Property(value => value.PhysicianId).HasMaxLength(keyLength);
            });
            answer.HasIndex(row => new { row.QuestionId, row.Status });
            answer.HasIndex(row => row.Status);
        });

        modelBuilder.Entity<VoteRecord>(vote =>
        {
            vote.ToTable("MedQaVotes");
            // One current vote per (answer, voter): the database, not the app, enforces it.
            vote.HasKey(row => new { row.AnswerId, row.VoterId });
            vote.Property(row => row.AnswerId).HasMaxLength(keyLength);
            vote.Property(row => row.VoterId).HasMaxLength(keyLength);
            vote.Property(row => row.Direction).HasConversion<string>().HasMaxLength(StatusColumnLength);
            // The daily cap counts a voter's votes of the day.
            vote.HasIndex(row => new { row.VoterId, row.CastOn });
            vote.HasOne<AnswerRecord>().WithMany().HasForeignKey(row => row.AnswerId);
        });

        modelBuilder.Entity<VoteEventRecord>(change =>
        {
            change.ToTable("MedQaVoteEvents");
            change.HasKey(row => row.Id);
            change.Property(row => row.Id).ValueGeneratedOnAdd();
            change.Property(row => row.AnswerId).HasMaxLength(keyLength);
            change.Property(row => row.VoterId).HasMaxLength(keyLength);
            change.Property(row => row.Change).HasConversion<string>().HasMaxLength(StatusColumnLength);
            change.Property(row => row.Previous).HasConversion<string>().HasMaxLength(StatusColumnLength);
            change.Property(row => row.Direction).HasConversion<string>().HasMaxLength(StatusColumnLength);
            change.HasIndex(row => new { row.AnswerId, row.Id });
            change.HasIndex(row => new { row.VoterId, row.Id });
        });

        return modelBuilder;
    }
}
