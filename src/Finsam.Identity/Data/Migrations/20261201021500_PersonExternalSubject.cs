using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Finsam.Identity.Data.Migrations
{
    /// <inheritdoc />
    public partial class PersonExternalSubject : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "external_subject",
                table: "people",
                type: "text",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_people_external_subject",
                table: "people",
                column: "external_subject",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_people_external_subject",
                table: "people");

            migrationBuilder.DropColumn(
                name: "external_subject",
                table: "people");
        }
    }
}
