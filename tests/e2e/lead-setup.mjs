// Set-up shared by the lead browser tests, through commands (what is set up here is another test's
// subject): PRM on, partner accounts and users from the demo org, a published community, first logins.
export const ADMIN = 'sanna.lehtonen@pohjolatech.example';
export const ADMIN_PASSWORD = 'Hallinto2024pw';
export const PARTNER_PASSWORD = 'Kumppani2024pw';

// Demo org ids (src/app/seed_data.h).
export const ACCOUNTS = { nordic: 1, saimaa: 2, baltic: 3, lakeside: 4 };
export const CONTACTS = { maija: 1, jukka: 2, sofia: 3, anna: 4, james: 5 };
export const PROFILES = { partnerUser: 3, partnerLogin: 4 };
export const EMAILS = {
  maija: 'maija.virtanen@nordicpartners.example', jukka: 'jukka.korhonen@nordicpartners.example',
  sofia: 'sofia.laine@saimaait.example', anna: 'anna.kask@balticreseller.example',
  james: 'james.taylor@lakesidesystems.example',
};

// PRM on (wizard cancelled) and an admin password the test knows, so it can log back in.
export async function enablePrm(app) {
  await app.command({ cmd: 'EnablePrm' });
  await app.command({ cmd: 'CancelExternalAccessWizard' });
  await app.command({ cmd: 'ChangePassword', newPassword: ADMIN_PASSWORD });
}

export async function partnerUser(app, who, { profileId } = {}) {
  const cmd = { cmd: 'EnablePartnerUser', contactId: CONTACTS[who], username: EMAILS[who] };
  if (profileId) cmd.profileId = profileId;
  return (await app.command(cmd)).data.userId;
}

export async function publishedCommunity(app, name, urlPrefix, profileIds) {
  const id = (await app.command({ cmd: 'CreateCommunity', name, urlPrefix })).data.communityId;
  for (const profileId of profileIds) await app.command({ cmd: 'AddCommunityMemberProfile', communityId: id, profileId });
  await app.command({ cmd: 'PublishCommunity', communityId: id });
  return id;
}

// The partner sets a password the test knows and logs in once ("has logged in at least once");
// then the administrator logs back in.
export async function firstLogin(app, userId, username) {
  await app.command({ cmd: 'LoginAs', userId });
  await app.command({ cmd: 'ChangePassword', newPassword: PARTNER_PASSWORD });
  await app.command({ cmd: 'LogIn', username, password: PARTNER_PASSWORD });
  await app.command({ cmd: 'LogIn', username: ADMIN, password: ADMIN_PASSWORD });
}

// Reloads the page once the set-up is saved, so the UI starts fresh on the admin's Home.
export async function reload(app) {
  await app.waitSaved();
  await app.page.reload();
  await app.waitReady();
}

const ENGLISH = { t: (s) => s };

// Logs in through the login page; T: the labels' language (i18n.mjs translator), English by default.
export async function logInAs(app, username, password, T = ENGLISH) {
  await app.type(T.t('Username'), username);
  await app.type(T.t('Password'), password);
  await app.click(T.t('Log In'));
}

// Types in the lead list's search box and commits it with Enter.
export async function searchLeads(app, text, T = ENGLISH) {
  await app.type(T.t('Search leads'), text);
  await app.page.keyboard.press('Enter');
  await app.frames(3);
}
