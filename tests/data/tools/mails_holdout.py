MAILS=[]
def build(): return MAILS
